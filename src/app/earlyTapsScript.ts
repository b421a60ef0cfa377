// The entry the build bundles on its own and inlines into the page (vite-plugins/firstView.ts): see ./earlyTaps.ts.
import { answerEarlyTaps, EDITOR_PAGE_CLASS } from './earlyTaps';

answerEarlyTaps(document);
// The editor (`?edit`) replaces the reader's first view: it is not painted (app.css), so no reader's page flashes by.
if (/[?&]edit\b/.test(location.search)) document.documentElement.classList.add(EDITOR_PAGE_CLASS);
