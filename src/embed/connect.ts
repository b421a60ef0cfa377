// The app's side of the embed: commands from the parent window drive the store; selections and height go back to it.
import type { AppStore } from '../state/store';
import { sameSelection } from '../state/selection';
import {
  hostOriginFrom,
  isFromHost,
  parseHostCommand,
  readyMessage,
  resizeMessage,
  selectMessage,
  type MapMessage,
} from './protocol';

/** The slice of `window` the connection uses, so tests can hand in a fake. */
export type EmbedWindow = {
  parent: { postMessage: (message: MapMessage, targetOrigin: string) => void } | null;
  location: { search: string };
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
};

/** Connects the store to the host page; `observeHeight` reports the document's height whenever it changes. */
export function connectToHost(
  store: AppStore,
  win: EmbedWindow,
  observeHeight: (report: (height: number) => void) => () => void,
): () => void {
  const { ok, origin } = hostOriginFrom(win.location.search);
  const parent = win.parent;
  if (!ok || !parent || (parent as unknown) === win) return () => {};
  const post = (message: MapMessage) => parent.postMessage(message, origin ?? '*');

  const onMessage = (event: MessageEvent) => {
    if (!isFromHost(event, parent, origin)) return;
    const command = parseHostCommand(event.data);
    if (!command) return;
    // Through applyView, like a link: an unknown id falls back to the default view with a notice.
    store.getState().applyView({
      selection: command.type === 'conflict-map:focus' ? command.selection : null,
      date: store.getState().date,
      outline: null,
    });
  };
  win.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((state, previous) => {
    if (!sameSelection(state.selection, previous.selection)) post(selectMessage(state.selection));
  });
  let lastHeight = -1;
  const stopObserving = observeHeight((height) => {
    const rounded = Math.ceil(height);
    if (rounded === lastHeight) return;
    lastHeight = rounded;
    post(resizeMessage(rounded));
  });
  post(readyMessage());
  post(selectMessage(store.getState().selection));
  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribe();
    stopObserving();
  };
}

/** Reports the height of the whole document (in embed mode it is as tall as its content, never the viewport). */
export function observeDocumentHeight(report: (height: number) => void): () => void {
  const root = document.documentElement;
  const observer = new ResizeObserver(() => report(root.getBoundingClientRect().height));
  observer.observe(root);
  return () => observer.disconnect();
}
