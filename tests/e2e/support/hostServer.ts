/** A news site on its own origin for the embed tests: serves tests/e2e/fixtures/*.html with {{APP_URL}} filled in. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { repoRoot } from './global-setup';

export interface HostServer {
  /** e.g. http://localhost:41235/ — another port, and another host name, than the app's. */
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startHostServer(appUrl: string): Promise<HostServer> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').split(/[?#]/)[0]?.replace(/^\//, '') ?? '';
    if (!/^[\w-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(repoRoot, 'tests/e2e/fixtures', name), 'utf8').then(
      (text) =>
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(text.replaceAll('{{APP_URL}}', appUrl)),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('host server is not listening on a TCP port');
  return {
    baseUrl: `http://localhost:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
