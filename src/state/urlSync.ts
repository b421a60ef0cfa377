// Keeps the URL hash and the store in step: each selection and each date pushes a history entry, so back/forward walk them.
// Each entry also carries which story it belongs to, so back/forward never apply one story's view to another.
import { formatHash, parseHash } from './hash';
import { sameSelection } from '../story/selection';
import type { AppState, AppStore } from './store';

/** The story an address names: 'link:ADDRESS' for `?story=ADDRESS`, else the map's own. */
function storyOfAddress(search: string): string {
  const requested = new URLSearchParams(search).get('story');
  return requested === null ? 'default' : `link:${requested}`;
}

function storyOfEntry(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('story' in state)) return null;
  return typeof state.story === 'string' ? state.story : null;
}

/** `reload`: loads the page again at the current address (an entry of another story than the one shown). */
export function syncStoreWithUrl(
  store: AppStore,
  win: Window = window,
  reload: () => void = () => win.location.reload(),
): () => void {
  const hashOf = (state: AppState) => formatHash({ selection: state.selection, date: state.date });
  const urlFor = (hash: string) => (hash === '' ? win.location.pathname + win.location.search : hash);
  const entry = () => ({ story: store.getState().storySource });
  let applyingUrl = false;
  // A link, back or forward: the store follows the URL, and a link it had to tidy (an older `&outline=`, a bad date)
  // is rewritten in place rather than added to history.
  const applyUrl = () => {
    applyingUrl = true;
    store.getState().applyView(parseHash(win.location.hash));
    applyingUrl = false;
    const hash = hashOf(store.getState());
    if (hash !== win.location.hash) win.history.replaceState(entry(), '', urlFor(hash));
  };
  const onPopState = () => {
    const story = storyOfEntry(win.history.state) ?? storyOfAddress(win.location.search);
    if (story === store.getState().storySource) applyUrl();
    // Another story's entry. A file cannot be read again: say so and keep what is shown. An address names its story:
    // load the page at it, which shows that story at that view.
    else if (story.startsWith('file:'))
      store.getState().reported({
        title: 'That view belonged to a story opened from a file',
        problems: [{ path: '(root)', message: 'files are not kept: open the file again to see it' }],
      });
    else reload();
  };
  applyUrl();
  win.addEventListener('popstate', onPopState);
  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingUrl || (sameSelection(state.selection, previous.selection) && state.date === previous.date)) return;
    const hash = hashOf(state);
    if (hash === win.location.hash) return;
    if (state.refining && state.date !== previous.date) win.history.replaceState(entry(), '', urlFor(hash));
    else win.history.pushState(entry(), '', urlFor(hash));
  });
  return () => {
    win.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}
