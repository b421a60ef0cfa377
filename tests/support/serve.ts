// `tsx tests/support/serve.ts [folder] [port]`: serves a folder (default dist/) with the plain static server and prints
// its address (Playwright's webServer reads it from the "serving … at" line). Stops on SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, startStaticServer } from './staticServer';

const folder = resolve(repoRoot, process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 0);
if (!existsSync(join(folder, 'index.html'))) {
  console.error(`${folder}/index.html is missing: build first (npx vite build).`);
  process.exit(1);
}
const server = await startStaticServer(folder, port);
console.log(`serving ${folder} at ${server.baseUrl}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
