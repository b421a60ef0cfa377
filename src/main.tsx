// Start-up: load the data, then bind the store to the URL so links and back/forward work.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadData } from './app/loadData';
import { createAppStore } from './state/store';
import { syncStoreWithUrl } from './state/urlSync';
import { AppStoreContext } from './state/useAppStore';
import './app/app.css';
import './app/print.css';

const store = createAppStore();
const root = document.getElementById('root');

// The app starts once the build-time map and claims are on screen (first contentful paint), so their text stays the
// largest paint and none of the app's work delays it; a hidden tab, which paints nothing, starts it after a moment.
const START_FALLBACK_MS = 2000;

function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  setTimeout(once, START_FALLBACK_MS);
}

function start(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
  loadData()
    .then((result) => {
      if (!result.ok) return store.getState().failed(result.title, result.problems);
      store.getState().loaded(result.story, result.geo);
      syncStoreWithUrl(store);
    })
    .catch((error: unknown) => {
      store.getState().failed('Something went wrong while loading the map', [{ path: '(root)', message: error instanceof Error ? error.message : String(error) }]);
    });
}

if (root) afterFirstPaint(() => start(root));
