// The entry the build bundles on its own and inlines after the first view (vite-plugins/firstView.ts): the editor's
// page (`?edit`, src/main.tsx) does not show the reader's first view while the editor loads.
import { isEditorPage } from './editorPage';

const root = document.getElementById('root');
if (root && isEditorPage(location.search)) root.textContent = 'Loading the story editor…';
