// Build step: bundles the classic scripts into fixed-name files: dist/embed.js (./host.ts), which a news page loads
// with one tag, and dist/start-check.js (./startCheck.ts), which index.html runs before the app.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { bundleClassicScript } from './classicScript';

const HOST_SCRIPT_NAME = 'embed.js';
const START_CHECK_NAME = 'start-check.js';
const SCRIPTS: Readonly<Record<string, string>> = {
  [HOST_SCRIPT_NAME]: fileURLToPath(new URL('../src/embed/host.ts', import.meta.url)),
  [START_CHECK_NAME]: fileURLToPath(new URL('../src/embed/startCheck.ts', import.meta.url)),
};

export function hostScript(): Plugin {
  return {
    name: 'conflict-map-host-script',
    // Deferred, so it never delays the first paint, and listed before the app's module script, so it runs first.
    transformIndexHtml: () => [
      { tag: 'script', attrs: { src: `./${START_CHECK_NAME}`, defer: true }, injectTo: 'head-prepend' },
    ],
    async generateBundle() {
      for (const [fileName, entry] of Object.entries(SCRIPTS))
        this.emitFile({ type: 'asset', fileName, source: await bundleClassicScript(entry, 'es2019') });
    },
    // The dev server builds them on each request, so the example page works under `npm run dev` too.
    configureServer(server) {
      for (const [fileName, entry] of Object.entries(SCRIPTS))
        server.middlewares.use(`/${fileName}`, (_request, response, next) => {
          bundleClassicScript(entry, 'es2019').then((code) => {
            response.setHeader('content-type', 'text/javascript');
            response.end(code);
          }, next);
        });
    },
  };
}
