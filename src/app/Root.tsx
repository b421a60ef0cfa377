// The tree React renders into #root, the same at build time (src/prerender.tsx) and in the browser (src/main.tsx):
// taking the build's HTML over needs the very same tree.
import { StrictMode, type ComponentProps } from 'react';
import type { AppStore } from '../state/store';
import { AppStoreContext } from '../state/react/useAppStore';
import { App } from './App';

export function Root({ store, ...props }: { store: AppStore } & ComponentProps<typeof App>) {
  return (
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App {...props} />
      </AppStoreContext.Provider>
    </StrictMode>
  );
}
