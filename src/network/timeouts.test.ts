import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DownloadError, fetchBytes, importWithTimeout } from './timeouts';
import { stallFetch } from './fixtures/stalledFetch';

describe('downloads with a time limit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('bytes when the server answers', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"a":1}')));
    expect(new TextDecoder().decode(await fetchBytes('x.json'))).toBe('{"a":1}');
  });

  test('an HTTP error names the status', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })));
    await expect(fetchBytes('x.json')).rejects.toEqual(new DownloadError('http', 'the server answered HTTP 503'));
  });

  test('a stalled request ends after its time limit, saying so', async () => {
    stallFetch();
    const result = fetchBytes('x.json', { timeoutMs: 5_000 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await result).toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/within 5 seconds/) as unknown,
    });
  });

  test('a newer choice cancels an older download', async () => {
    stallFetch();
    const controller = new AbortController();
    const result = fetchBytes('x.json', { signal: controller.signal }).catch((error: unknown) => error);
    controller.abort();
    expect(await result).toMatchObject({ kind: 'aborted' });
  });

  test('a refused connection is "could not be downloaded"', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchBytes('x.json')).rejects.toMatchObject({ kind: 'unreachable' });
  });

  test('a chunk that never arrives ends after its time limit; one that fails says so', async () => {
    const never = importWithTimeout(() => new Promise<never>(() => {}), 1_000).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await never).toMatchObject({ kind: 'timeout' });
    await expect(importWithTimeout(() => Promise.reject(new Error('404')))).rejects.toMatchObject({
      kind: 'unreachable',
    });
    await expect(importWithTimeout(() => Promise.resolve({ a: 1 }))).resolves.toEqual({ a: 1 });
  });
});
