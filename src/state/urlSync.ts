// Keeps the URL hash and the store in step: selections push history entries, so back/forward walk them.
import { formatHash, parseHash } from './hash';
import { sameSelection } from './selection';
import type { AppStore } from './store';

export function syncStoreWithUrl(store: AppStore, win: Window = window): () => void {
  const applyUrl = () => store.getState().applyView(parseHash(win.location.hash));
  applyUrl();
  win.addEventListener('popstate', applyUrl);
  const unsubscribe = store.subscribe((state, previous) => {
    if (sameSelection(state.selection, previous.selection) && state.outline === previous.outline) return;
    const hash = formatHash({ selection: state.selection, outline: state.outline });
    // The change came from the URL itself (a link, back or forward): nothing to record.
    if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
    win.history.pushState(null, '', hash === '' ? win.location.pathname + win.location.search : hash);
  });
  return () => {
    win.removeEventListener('popstate', applyUrl);
    unsubscribe();
  };
}
