// The entry the build bundles on its own and inlines at the end of the page's head (vite-plugins/firstView.ts), so
// that a claim row answers a tap from the moment it is painted, while the rest of the page is still arriving: see
// ./earlyTaps.ts.
import { answerEarlyTaps } from './earlyTaps';

answerEarlyTaps(document);
