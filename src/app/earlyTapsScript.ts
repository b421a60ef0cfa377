// The entry the build bundles on its own and inlines into the page (vite-plugins/firstView.ts): see ./earlyTaps.ts.
import { answerEarlyTaps } from './earlyTaps';

answerEarlyTaps(document);
