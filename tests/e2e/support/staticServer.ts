/**
 * A plain static file server, as an ordinary host runs one (nginx's defaults, S3, `python3 -m http.server`): files and
 * a content type from a short, old-fashioned table, and nothing else. No CORS or other special headers, and `.mjs` is
 * not in the table (older nginx serves it as application/octet-stream), so the tests see what readers of such a host get.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ */
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 (or `host`) with a free port. */
export async function startStaticServer(root: string, host = '127.0.0.1'): Promise<StaticServer> {
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep))) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (stats) => {
        if (!stats.isFile()) return void response.writeHead(404).end();
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': stats.size,
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server is not listening on a TCP port');
  return {
    baseUrl: `http://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
