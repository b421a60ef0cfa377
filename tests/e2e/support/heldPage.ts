// A server that sends the app's page only up to a point, and the rest when the test says so, as a slow network
// delivers a long page: what is painted before the rest has arrived must already work. Every other request is passed
// through to the app's own server.
import { createServer } from 'node:http';

export interface HeldPage {
  /** The page's address on this server (another origin than the app's). */
  url: string;
  /** Sends the rest of the page. */
  release: () => void;
  close: () => Promise<void>;
}

/** Serves `appUrl`'s page cut just after the first match of `cutAfter` (which must match), holding the rest. */
export async function holdPageAfter(appUrl: string, cutAfter: RegExp): Promise<HeldPage> {
  const page = await (await fetch(appUrl)).text();
  const match = cutAfter.exec(page);
  if (!match) throw new Error(`the page has no ${String(cutAfter)}`);
  const cut = match.index + match[0].length;
  const [first, rest] = [page.slice(0, cut), page.slice(cut)];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || path === '/index.html') {
      // No Content-Length: sent in chunks, as a server streams a page.
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.write(first);
      void released.then(() => response.end(rest));
      return;
    }
    fetch(new URL(request.url ?? '/', appUrl))
      .then(async (upstream) => {
        const type = upstream.headers.get('content-type');
        response.writeHead(upstream.status, type ? { 'Content-Type': type } : {});
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the held page server is not on a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    release,
    close: () =>
      new Promise<void>((done) => {
        release();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
