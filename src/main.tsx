// Start-up: after the first paint, load the data, then bind the store to the URL so links and back/forward work (or,
// embedded, to the host page).
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { afterFirstPaint } from './app/afterFirstPaint';
import { loadDefaultStory, loadGeo } from './app/loadData';
import { createAppStore } from './state/store';
import { syncStoreWithUrl } from './state/urlSync';
import { openStoryLink, requestedStoryAddress } from './opener/requestedStory';
import { importWithTimeout } from './network/timeouts';
import { parseHash } from './state/hash';
import type { GeoData } from './geometry/geoData';
import type { StoryProblem } from './story/integrity';
import { AppStoreContext } from './state/react/useAppStore';
import { markAppRunning } from './embed/startMark';
import './app/app.css';
import './app/print.css';

markAppRunning();
const store = createAppStore();
const root = document.getElementById('root');
const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
// The embed code loads only in embed mode, so the full app's first load does not carry it.
const embedModule = embedded ? importWithTimeout(() => import('./app/embedMode')) : null;
// start() handles a failure, but may run after it: without this the browser reports the rejection as uncaught.
embedModule?.catch(() => undefined);

function render(props: ComponentProps<typeof App>, element: HTMLElement) {
  createRoot(element).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App {...props} />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}

/** A failure that leaves no story to show: the page says so (over the build-time picture), and so does an embed's frame. */
function failed(title: string, problems: StoryProblem[]) {
  store.getState().failed(title, problems);
  if (embedded && window.parent !== window)
    window.parent.postMessage(
      { type: 'conflict-map:failed', version: 1, reason: `${title}. Reload the page to try again.` },
      '*',
    );
}

/** The story a `?story=` link asks for, else (or when it fails or is cancelled) the one the app ships with. */
async function loadStory(geo: GeoData, requested: string | null): Promise<void> {
  if (requested !== null && store.getState().opening !== null) {
    const story = await openStoryLink(store, requested, geo.regions);
    if (story) {
      store.getState().loaded(story, geo, `link:${requested}`);
      return;
    }
    // The address must name what is shown, or "Share this view" would hand on a link that fails.
    const url = new URL(window.location.href);
    url.searchParams.delete('story');
    window.history.replaceState(null, '', url);
  }
  const result = await loadDefaultStory();
  if (result.ok) store.getState().loaded(result.story, geo);
  else failed(result.title, result.problems);
}

function start(element: HTMLElement) {
  if (embedModule) {
    document.documentElement.classList.add('embedded');
    embedModule.then(
      ({ EmbedView }) => render({ layout: EmbedView }, element),
      () => {
        store
          .getState()
          .troubled(
            'The compact embedded view could not be downloaded, so the full map is shown. Reload to try again.',
          );
        render({}, element);
      },
    );
  } else {
    render({}, element);
  }
  const requested = requestedStoryAddress();
  // Named at once, so the page never shows another story as if it were the one asked for.
  if (requested !== null) store.getState().openingChanged({ name: requested, source: 'link' });
  loadGeo()
    .then(async (geo) => {
      if (!geo.ok) {
        failed(geo.title, geo.problems);
        return;
      }
      await loadStory(geo.geo, requested);
      if (store.getState().data.status !== 'ready') return;
      // Embedded, selections stay out of the host page's history: the hash only sets the first view.
      if (embedModule)
        await embedModule.then(
          (module) => module.startEmbed(store),
          () => store.getState().applyView(parseHash(window.location.hash)),
        );
      else syncStoreWithUrl(store);
    })
    .catch((error: unknown) => {
      failed('Something went wrong while loading the map', [
        { path: '(root)', message: error instanceof Error ? error.message : String(error) },
      ]);
    });
}

if (root) afterFirstPaint(() => start(root));
