// Everything embed mode needs, in one lazily loaded chunk.
import { parseHash } from '../state/hash';
import type { AppStore } from '../state/store';
import { connectToHost, observeDocumentSize } from '../embed/connect';

export { EmbedView } from './EmbedView';

export function startEmbed(store: AppStore): void {
  store.getState().applyView(parseHash(window.location.hash));
  connectToHost(store, window, observeDocumentSize);
}
