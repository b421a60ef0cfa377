// Build step: bundles ./host.ts into dist/embed.js, a fixed-name classic script that a news page loads with one tag.
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

const ENTRY = fileURLToPath(new URL('../src/embed/host.ts', import.meta.url));
const HOST_SCRIPT_NAME = 'embed.js';

async function bundleHostScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2019',
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'conflictMapEmbed', fileName: () => HOST_SCRIPT_NAME },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk) throw new Error(`${HOST_SCRIPT_NAME}: the bundler produced no script`);
  return chunk.code;
}

export function hostScript(): Plugin {
  return {
    name: 'conflict-map-host-script',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: HOST_SCRIPT_NAME, source: await bundleHostScript() });
    },
    // The dev server builds it on each request, so the example page works under `npm run dev` too.
    configureServer(server) {
      server.middlewares.use(`/${HOST_SCRIPT_NAME}`, (_request, response, next) => {
        bundleHostScript().then((code) => {
          response.setHeader('content-type', 'text/javascript');
          response.end(code);
        }, next);
      });
    },
  };
}
