// The entry the build bundles on its own and inlines into the page (vite-plugins/firstView.ts): see ./earlyTaps.ts.
import { answerEarlyTaps } from './earlyTaps';
import { isEditorPage } from './editorPage';

answerEarlyTaps(document);
// The editor's page (`?edit`, src/main.tsx) does not show the reader's first view while the editor loads.
const root = document.getElementById('root');
if (root && isEditorPage(location.search)) root.textContent = 'Loading the story editor…';
