// Start-up: after the first paint, load the data, then bind the store to the URL so links and back/forward work (or,
// embedded, to the host page).
import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { afterFirstPaint } from './app/afterFirstPaint';
import { loadData } from './app/loadData';
import { createAppStore } from './state/store';
import { syncStoreWithUrl } from './state/urlSync';
import { openRequestedStory } from './opener/requestedStory';
import { AppStoreContext } from './state/react/useAppStore';
import { markAppRunning } from './embed/startMark';
import './app/app.css';
import './app/print.css';

markAppRunning();
const store = createAppStore();
const root = document.getElementById('root');
const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
// The embed code loads only in embed mode, so the full app's first load does not carry it.
const embedModule = embedded ? import('./app/embedMode') : null;

function render(props: ComponentProps<typeof App>, element: HTMLElement) {
  createRoot(element).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App {...props} />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}

function start(element: HTMLElement) {
  if (embedModule) {
    document.documentElement.classList.add('embedded');
    embedModule.then(({ EmbedView }) => render({ layout: EmbedView }, element)).catch(() => render({}, element));
  } else {
    render({}, element);
  }
  loadData()
    .then(async (result) => {
      if (!result.ok) {
        store.getState().failed(result.title, result.problems);
        return;
      }
      store.getState().loaded(result.story, result.geo);
      await openRequestedStory(store);
      // Embedded, selections stay out of the host page's history: the hash only sets the first view.
      if (embedModule) (await embedModule).startEmbed(store);
      else syncStoreWithUrl(store);
    })
    .catch((error: unknown) => {
      store
        .getState()
        .failed('Something went wrong while loading the map', [
          { path: '(root)', message: error instanceof Error ? error.message : String(error) },
        ]);
    });
}

if (root) afterFirstPaint(() => start(root));
