// Start-up. The page arrives with the story's first view, rendered at build time by these same components
// (src/prerender.tsx). After the first paint the app loads the story and the map data and takes that markup over in
// place (hydration). A story a link asks for (`?story=`) and the embed layout replace the first view instead, since it
// shows the default story at full size. Then the store follows the URL, so links and back/forward work (or, embedded,
// the host page).
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterFirstPaint } from './app/afterFirstPaint';
import { TAKEN_OVER_ATTRIBUTE } from './app/earlyTaps';
import { loadData, loadDefaultStory, loadGeo, storyGeometry } from './app/loadData';
import { Root } from './app/Root';
import { createAppStore } from './state/store';
import { syncStoreWithUrl } from './state/urlSync';
import { openStoryLink, requestedStoryAddress } from './opener/requestedStory';
import { importWithTimeout } from './network/timeouts';
import { parseHash } from './state/hash';
import type { GeoData } from './geometry/geoData';
import type { StoryProblem } from './story/integrity';
import { markAppRunning } from './embed/startMark';
import { isEditorPage } from './app/editorPage';
import './app/app.css';
import './app/print.css';

markAppRunning();
// The store of a page that replaces its first view or says why it could not load; a first view taken over in place gets
// one that starts ready (takeOverFirstView).
const store = createAppStore();
const root = document.getElementById('root');
const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
// The embed code loads only in embed mode, so the full app's first load does not carry it.
const embedModule = embedded ? importWithTimeout(() => import('./app/embedMode')) : null;
// start() handles a failure, but may run after it: without this the browser reports the rejection as uncaught.
embedModule?.catch(() => undefined);

/** From here on the app answers taps, not the page's early script. */
const takeOver = () => document.documentElement.setAttribute(TAKEN_OVER_ATTRIBUTE, '');

/** An error no loader names (a bug, a browser refusing something): said as such. */
const unexpected = (error: unknown) => ({
  title: 'Something went wrong while loading the map',
  problems: [{ path: '(root)', message: error instanceof Error ? error.message : String(error) }],
});

/** A failure that leaves no story to show: the page says so, and so does an embed's frame to its host. */
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
    const opened = await openStoryLink(store, requested, geo);
    if (opened) {
      store.getState().loaded(opened.story, opened.geo, `link:${requested}`);
      return;
    }
    // The address must name what is shown, or "Share this view" would hand on a link that fails.
    const url = new URL(window.location.href);
    url.searchParams.delete('story');
    window.history.replaceState(null, '', url);
  }
  const result = await loadDefaultStory();
  if (!result.ok) {
    failed(result.title, result.problems);
    return;
  }
  const drawn = await storyGeometry(result.story, geo);
  if (drawn.ok) store.getState().loaded(result.story, drawn.geo);
  else failed(drawn.title, drawn.problems);
}

/** What failed, above the first view, which stays readable: the picture and the claims, without the app. */
function failedUnderFirstView(element: HTMLElement, { title, problems }: { title: string; problems: StoryProblem[] }) {
  failed(title, problems);
  const message = document.createElement('div');
  element.before(message);
  createRoot(message).render(<Root store={store} firstViewBelow />);
}

/** The page's first view is the default story's: load it and take that markup over in place. */
async function takeOverFirstView(element: HTMLElement) {
  const result = await loadData().catch((error: unknown) => ({ ok: false as const, ...unexpected(error) }));
  takeOver();
  if (!result.ok) {
    failedUnderFirstView(element, result);
    return;
  }
  // A store that starts ready: hydration renders from its first state, which must be the one the build rendered.
  const ready = createAppStore({ data: { status: 'ready', story: result.story, geo: result.geo } });
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the main thread for the
  // whole page; a tap meanwhile hydrates what it hits first (and the early-tap script has already answered it).
  startTransition(() => {
    hydrateRoot(element, <Root store={ready} />);
  });
  // After the first render, which is the first view: a link's view (or a claim tapped before the takeover) follows.
  syncStoreWithUrl(ready);
}

/** A story a link asks for, or the embed layout: drawn in place of the first view, named while it loads. */
async function replaceFirstView(element: HTMLElement, requested: string | null) {
  if (requested !== null) store.getState().openingChanged({ name: requested, source: 'link' });
  let layout;
  if (embedModule) {
    document.documentElement.classList.add('embedded');
    layout = await embedModule.then(
      (module) => module.EmbedView,
      () => {
        store
          .getState()
          .troubled(
            'The compact embedded view could not be downloaded, so the full map is shown. Reload to try again.',
          );
        return undefined;
      },
    );
  }
  takeOver();
  createRoot(element).render(<Root store={store} layout={layout} />);
  const geo = await loadGeo();
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
}

/** `?edit`: the story editor, a chunk of its own that readers never download; if it cannot start, the page says so. */
function startEditorPage(element: HTMLElement) {
  takeOver();
  importWithTimeout(() => import('./editor/startEditor'))
    .then((editor) => editor.startEditor(element))
    .catch((error: unknown) => {
      createRoot(element).render(<Root store={store} />);
      failed('The story editor could not load: reload the page to try again', unexpected(error).problems);
    });
}

function start(element: HTMLElement) {
  if (isEditorPage(window.location.search)) {
    startEditorPage(element);
    return;
  }
  const requested = requestedStoryAddress();
  const started =
    requested === null && !embedModule ? takeOverFirstView(element) : replaceFirstView(element, requested);
  started.catch((error: unknown) => {
    const { title, problems } = unexpected(error);
    failed(title, problems);
  });
}

if (root) afterFirstPaint(() => start(root));
