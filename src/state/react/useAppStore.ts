// The thin React binding of the app store.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from '../store';

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (state: AppState & AppActions) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreContext.Provider>');
  return useStore(store, selector);
}

/** The day the map shows: the reader's date, else the article's day. */
export function useShownDate(articleDay: string): string {
  return useAppStore((state) => state.date) ?? articleDay;
}
