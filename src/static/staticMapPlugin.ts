// Vite plugin: puts the build-time first view (./renderShell.ts) into index.html, from the same data the app fetches.
// The renderer loads through Vite's module runner, so the config itself imports nothing of the app.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

const PLACEHOLDER = '<!-- static-shell -->';
type Renderer = typeof import('./renderShell');

export function staticMapPlugin(): Plugin {
  let publicDir = 'public';
  return {
    name: 'static-map',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`static map: index.html lacks the ${PLACEHOLDER} placeholder`);
      const renderer = fileURLToPath(new URL('./renderShell.ts', import.meta.url));
      const { module } = await runnerImport<Renderer>(renderer, { configFile: false, logLevel: 'error' });
      return html.replace(PLACEHOLDER, module.renderShell(publicDir));
    },
  };
}
