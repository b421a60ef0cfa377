// Start-up: load the data, then bind the store to the URL so links and back/forward work.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadData } from './app/loadData';
import { createAppStore } from './state/store';
import { syncStoreWithUrl } from './state/urlSync';
import { openRequestedStory } from './opener/requestedStory';
import { AppStoreContext } from './state/useAppStore';
import './app/app.css';

const store = createAppStore();
const root = document.getElementById('root');

if (root) {
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
      return openRequestedStory(store).then(() => {
        syncStoreWithUrl(store);
      });
    })
    .catch((error: unknown) => {
      store.getState().failed('Something went wrong while loading the map', [{ path: '(root)', message: error instanceof Error ? error.message : String(error) }]);
    });
}
