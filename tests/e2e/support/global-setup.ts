/**
 * Vitest globalSetup for the e2e project: serves the built app (dist/) with
 * Vite's preview server on a free loopback port and hands its URL to the tests
 * (`inject('baseUrl')`). `startDistServer` is also used by bench/run.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin + path of the served app, always ending in '/', e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

/** The repository root (this file lives in tests/e2e/support/). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface DistServer {
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serves dist/ on 127.0.0.1 with a free port. Fails clearly when there is no build. */
export async function startDistServer(): Promise<DistServer> {
  const indexHtml = join(repoRoot, 'dist', 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`${indexHtml} is missing: run vite build first (npx vite build).`);
  }
  // Loads vite.config.ts (base, outDir, preview headers) but pins host/port for tests.
  const server = await preview({
    root: repoRoot,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`vite preview is not listening on a TCP port (address: ${String(address)})`);
  }
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDistServer();
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.close();
  };
}
