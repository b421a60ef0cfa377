// A plain static file server, as the product really runs: the content types of nginx's default mime.types, a 404 for
// what is missing, and no CORS, cache or other special headers. The e2e tests and the benchmark serve the build with it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in tests/support/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

// From nginx's conf/mime.types, the extensions a web build ships. nginx has no entry for .mjs: it goes out as
// application/octet-stream, which a browser refuses to run as a module.
const NGINX_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.xml': 'text/xml',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};
const DEFAULT_TYPE = 'application/octet-stream';

export function contentType(path: string): string {
  return NGINX_TYPES[extname(path).toLowerCase()] ?? DEFAULT_TYPE;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/ (always ends in '/'). */
  baseUrl: string;
  close: () => Promise<void>;
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>404 Not Found</h1>');
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  let file = resolve(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    notFound(response);
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    // As nginx: a folder without its slash is redirected to it; with it, its index.html is served.
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    notFound(response);
    return;
  }
  response.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': info.size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** Serves `folder` on 127.0.0.1 at `port` (0: a free one). */
export async function startStaticServer(folder: string, port = 0): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server is not on a TCP port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        // Browsers keep connections open: close them, or close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
