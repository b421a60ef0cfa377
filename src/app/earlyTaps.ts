// Before the app has taken the page over, a tap on a claim or on a row of the map's index is answered at once: the row
// shows as chosen and the URL records it in the link the app reads, so the app opens it when it takes over
// (src/main.tsx). The build bundles it on its own and inlines it into the page (./earlyTapsScript.ts,
// vite-plugins/firstView.ts): it must stay tiny.
import { SELECTION_KINDS } from '../story/selection';

/** Set on <html> when the app takes the page over (or replaces it): from then on the app answers taps. */
export const TAKEN_OVER_ATTRIBUTE = 'data-taken-over';

/** Returns a function that stops answering (for tests: in the page, the takeover stops it). */
export function answerEarlyTaps(doc: Document): () => void {
  const onClick = (event: Event) => {
    if (doc.documentElement.hasAttribute(TAKEN_OVER_ATTRIBUTE)) {
      doc.removeEventListener('click', onClick);
      return;
    }
    const target = event.target;
    // A claim row (data-claim="id") or a row of the map's index (data-index="kind:id").
    const row = target instanceof Element ? target.closest('[data-claim],[data-index]') : null;
    const claim = row?.getAttribute('data-claim');
    const [kind, id] = claim ? ['claim', claim] : (row?.getAttribute('data-index') ?? '').split(':');
    if (!row || !kind || !id) return;
    const chosen = row.getAttribute('aria-pressed') !== 'true';
    for (const other of doc.querySelectorAll('[data-claim],[data-index]'))
      other.setAttribute('aria-pressed', String(other === row && chosen));
    // Only the selection changes: the rest of the link stays as written (the day it asked for, an older link's outline,
    // which the store tidies once it takes over). The app's parseHash and formatHash would cost this inlined script 257
    // bytes of the first load's budget, which has 13 left. The address is the page's own (a test's document shares it).
    const { hash, pathname, search } = location;
    const link = new URLSearchParams(hash.slice(1));
    for (const key of SELECTION_KINDS) link.delete(key);
    if (chosen) link.set(kind, id);
    const next = link.toString();
    history.pushState(null, '', next === '' ? pathname + search : `#${next}`);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
