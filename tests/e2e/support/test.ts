// The e2e `test`: Playwright's, with a watch on every test's browser context. A test fails when its pages log a console
// error or an uncaught error, or request anything outside the origins it was given, unless it declared that beforehand.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type ConsoleMessage } from '@playwright/test';
import { repoRoot, startStaticServer } from '../../support/staticServer';

export { expect };

export interface PageProblems {
  /** This test provokes an error matching `pattern` (bad input, a failed download): it must be logged, and may be. */
  expectError: (pattern: RegExp) => void;
  /** An error matching `pattern` may be logged in this test, or not (say why at the call). */
  allowError: (pattern: RegExp) => void;
  /** Requests to `origin` are expected (a second site in the test). */
  allowOrigin: (origin: string) => void;
  /** Watches a context the test made itself with `browser.newContext()`. */
  watch: (context: BrowserContext) => void;
  /** Console errors and uncaught errors so far, in order. */
  readonly errors: readonly string[];
  /** Requests so far to origins other than the app's and the allowed ones. */
  offOrigin: () => string[];
}

/** A site of the embed tests: tests/e2e/fixtures/*.html, served on another origin than the app's. */
export interface TestSite {
  /** e.g. http://localhost:41235/ */
  baseUrl: string;
}

function describe(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (${url}:${lineNumber})` : message.text();
}

export const test = base.extend<
  {
    problems: PageProblems;
    /** A news site (another host name and port than the app's): the fixtures with {{APP_URL}} filled in. */
    newsSite: TestSite;
    /** The fixtures as they are, from the app's host name on another port: a frame of the map's site that is not the map. */
    sameSitePages: TestSite;
  },
  { newsSiteUrl: string; sameSitePagesUrl: string }
>({
  problems: [
    async ({ context, baseURL }, use) => {
      const errors: string[] = [];
      const requested: string[] = [];
      const origins = new Set<string>([new URL(baseURL ?? 'about:blank').origin]);
      const expected: { pattern: RegExp; required: boolean; seen: boolean }[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on('console', (message) => {
          if (message.type() === 'error') errors.push(describe(message));
        });
        watched.on('weberror', (webError) => {
          const error = webError.error();
          errors.push(`uncaught: ${error.stack ?? error.message}`);
        });
        // On the context, so that requests from workers and every frame count too.
        watched.on('request', (request) => {
          const url = request.url();
          if (/^(data|blob|about):/.test(url)) return;
          requested.push(url);
        });
      };
      watch(context);
      const offOrigin = () => requested.filter((url) => !origins.has(new URL(url).origin));

      await use({
        expectError: (pattern) => expected.push({ pattern, required: true, seen: false }),
        allowError: (pattern) => expected.push({ pattern, required: false, seen: false }),
        allowOrigin: (origin) => origins.add(new URL(origin).origin),
        watch,
        errors,
        offOrigin,
      });

      const unexpected = errors.filter((error) => {
        const match = expected.find(({ pattern }) => pattern.test(error));
        if (match) match.seen = true;
        return !match;
      });
      const missing = expected.filter(({ required, seen }) => required && !seen).map(({ pattern }) => String(pattern));
      const problems = [
        ...unexpected.map((error) => `console error: ${error}`),
        ...offOrigin().map((url) => `off-origin request: ${url}`),
        ...missing.map((pattern) => `an error matching ${pattern} was expected, and none was logged`),
      ];
      if (problems.length > 0) throw new Error(`This test's pages:\n  ${problems.join('\n  ')}`);
    },
    { auto: true },
  ],

  newsSiteUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none
    async ({}, use, workerInfo) => {
      const appUrl = workerInfo.project.use.baseURL ?? process.env['APP_URL'] ?? '';
      // Serves tests/e2e/fixtures/*.html with {{APP_URL}} filled in, and nothing else: no CORS or other special headers.
      const server = createServer((request, response) => {
        const name = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
        if (!/^[\w-]+\.html$/.test(name)) {
          response.writeHead(404).end();
          return;
        }
        readFile(join(repoRoot, 'tests/e2e/fixtures', name), 'utf8').then(
          (text) =>
            response.writeHead(200, { 'Content-Type': 'text/html' }).end(text.replaceAll('{{APP_URL}}', appUrl)),
          () => response.writeHead(404).end(),
        );
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('the news site is not on a TCP port');
      // Another host name than the app's 127.0.0.1 as well as another port.
      await use(`http://localhost:${address.port}/`);
      await new Promise<void>((closed) => server.close(() => closed()));
    },
    { scope: 'worker' },
  ],

  newsSite: async ({ newsSiteUrl, problems }, use) => {
    problems.allowOrigin(newsSiteUrl);
    await use({ baseUrl: newsSiteUrl });
  },

  sameSitePagesUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none
    async ({}, use) => {
      const server = await startStaticServer(join(repoRoot, 'tests/e2e/fixtures'));
      await use(server.baseUrl);
      await server.close();
    },
    { scope: 'worker' },
  ],

  sameSitePages: async ({ sameSitePagesUrl, problems }, use) => {
    problems.allowOrigin(sameSitePagesUrl);
    await use({ baseUrl: sameSitePagesUrl });
  },
});
