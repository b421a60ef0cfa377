import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentType, startStaticServer, type StaticServer } from './staticServer';

describe('contentType', () => {
  test.each([
    ['index.html', 'text/html'],
    ['assets/index-abc.js', 'application/javascript'],
    ['assets/index-abc.css', 'text/css'],
    ['data/detail.topo.json', 'application/json'],
    ['favicon.svg', 'image/svg+xml'],
    // As nginx's default mime.types: no entry for .mjs.
    ['assets/worker.mjs', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (path, type) => {
    expect(contentType(path)).toBe(type);
  });
});

describe('the static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-server-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
    mkdirSync(join(root, 'stories'));
    writeFileSync(join(root, 'stories', 'index.html'), 'stories');
    writeFileSync(join(root, 'app.js'), 'export {};');
    server = await startStaticServer(root);
  });
  afterAll(() => server.close());

  const get = (path: string, init?: RequestInit) =>
    fetch(new URL(path, server.baseUrl), { redirect: 'manual', ...init });

  test('serves a file with its type and length, and no CORS or cache headers', async () => {
    const response = await get('/app.js', { headers: { Origin: 'null' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/javascript');
    expect(response.headers.get('content-length')).toBe('10');
    expect(await response.text()).toBe('export {};');
    const names = [...response.headers.keys()];
    expect(names.filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(names).not.toContain('cache-control');
  });

  test('serves index.html for a folder, and redirects a folder without its slash', async () => {
    expect(await (await get('/?story=x')).text()).toContain('<title>home</title>');
    const redirect = await get('/stories?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/stories/?x=1');
    expect(await (await get('/stories/')).text()).toBe('stories');
  });

  test('answers 404 for what is missing or outside its folder', async () => {
    expect((await get('/missing.json')).status).toBe(404);
    // Sent as written (fetch would resolve the dots away): decoded, it climbs out of the served folder.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      httpGet(new URL('/..%2f..%2f..%2f..%2fetc%2fpasswd', server.baseUrl), (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject),
    );
    expect(status).toBe(404);
  });
});
