// The app's side of the embed: commands from the parent window drive the store; selections and height go back to it.
import type { AppStore } from '../state/store';
import { sameSelection } from '../story/selection';
import { mapTitle } from '../story/describe';
import { INITIAL_HEIGHT_STATE, nextHeight, type Measure } from './frameHeight';
import {
  hostOriginFrom,
  isFromHost,
  parseHostCommand,
  readyMessage,
  resizeMessage,
  selectMessage,
  type HostCommand,
  type MapMessage,
} from './protocol';

/** The slice of `window` the connection uses, so tests can hand in a fake. */
export type EmbedWindow = {
  parent: { postMessage: (message: MapMessage, targetOrigin: string) => void } | null;
  location: { search: string };
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
};

/**
 * A burst of commands (a page scrolling past many sentences, a script in a loop) settles on its last command: it is
 * applied once the commands pause this long, or at the latest this long after the first, so a steady stream still moves.
 */
export const QUIET_MS = 20;
export const MAX_WAIT_MS = 200;

/** Connects the store to the host page; `observeSize` reports the document's height (and width) whenever it changes. */
export function connectToHost(
  store: AppStore,
  win: EmbedWindow,
  observeSize: (report: (size: Measure) => void) => () => void,
): () => void {
  const { ok, origin } = hostOriginFrom(win.location.search);
  const parent = win.parent;
  if (!ok || !parent || (parent as unknown) === win) return () => {};
  const post = (message: MapMessage) => parent.postMessage(message, origin ?? '*');

  let pending: HostCommand | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  let lastAt = 0;
  let applying = false;
  // One render and one answer per burst: the answer names what the map then shows.
  const flush = () => {
    timer = undefined;
    const command = pending;
    pending = null;
    if (!command) return;
    applying = true;
    // Through applyView, like a link: an unknown id falls back to the default view with a notice.
    store.getState().applyView({
      selection: command.type === 'conflict-map:focus' ? command.selection : null,
      date: store.getState().date,
      outline: null,
    });
    applying = false;
    post(selectMessage(store.getState().selection));
  };
  // One timer per burst, not one per command: when it fires early, it waits out the rest of the quiet time.
  const wake = () => {
    const now = performance.now();
    const due = Math.min(lastAt + QUIET_MS, firstAt + MAX_WAIT_MS);
    if (now >= due) flush();
    else timer = setTimeout(wake, due - now);
  };
  const onMessage = (event: MessageEvent) => {
    if (!isFromHost(event, parent, origin)) return;
    const command = parseHostCommand(event.data);
    if (!command) return;
    lastAt = performance.now();
    if (pending === null) firstAt = lastAt;
    pending = command;
    timer ??= setTimeout(wake, QUIET_MS);
  };
  win.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe((state, previous) => {
    if (!applying && !sameSelection(state.selection, previous.selection)) post(selectMessage(state.selection));
  });
  let heightState = INITIAL_HEIGHT_STATE;
  const stopObserving = observeSize((size) => {
    const { report, state } = nextHeight(heightState, size);
    heightState = state;
    if (report !== null) post(resizeMessage(report));
  });
  const { data } = store.getState();
  post(readyMessage(data.status === 'ready' ? mapTitle(data.story) : ''));
  post(selectMessage(store.getState().selection));
  return () => {
    clearTimeout(timer);
    win.removeEventListener('message', onMessage);
    unsubscribe();
    stopObserving();
  };
}

/**
 * Reports the whole document's height (in embed mode as tall as its content, never the viewport) and the frame's width.
 * The width is the frame's own, scroll bar included (what `vw` measures): the frame's scroll bar, there only while the
 * page has not yet made the frame tall enough, must not count as the page narrowing it.
 */
export function observeDocumentSize(report: (size: Measure) => void): () => void {
  const root = document.documentElement;
  const measure = () => report({ height: root.getBoundingClientRect().height, width: window.innerWidth });
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  // A frame narrowed by exactly its own scroll bar's width leaves the root's box as it was: watch the window too.
  window.addEventListener('resize', measure);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', measure);
  };
}
