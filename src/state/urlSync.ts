// Keeps the URL hash and the store in step: each selection and each date pushes a history entry, so back/forward walk them.
import { formatHash, parseHash } from './hash';
import { sameSelection } from '../story/selection';
import type { AppState, AppStore } from './store';

export function syncStoreWithUrl(store: AppStore, win: Window = window): () => void {
  const hashOf = (state: AppState) => formatHash({ selection: state.selection, date: state.date });
  const urlFor = (hash: string) => (hash === '' ? win.location.pathname + win.location.search : hash);
  let applyingUrl = false;
  // A link, back or forward: the store follows the URL, and a link it had to tidy (an older `&outline=`, a bad date)
  // is rewritten in place rather than added to history.
  const applyUrl = () => {
    applyingUrl = true;
    store.getState().applyView(parseHash(win.location.hash));
    applyingUrl = false;
    const hash = hashOf(store.getState());
    if (hash !== win.location.hash) win.history.replaceState(null, '', urlFor(hash));
  };
  applyUrl();
  win.addEventListener('popstate', applyUrl);
  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingUrl || (sameSelection(state.selection, previous.selection) && state.date === previous.date)) return;
    const hash = hashOf(state);
    if (hash === win.location.hash) return;
    if (state.refining && state.date !== previous.date) win.history.replaceState(null, '', urlFor(hash));
    else win.history.pushState(null, '', urlFor(hash));
  });
  return () => {
    win.removeEventListener('popstate', applyUrl);
    unsubscribe();
  };
}
