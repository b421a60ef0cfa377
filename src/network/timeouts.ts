// Every fetch and every on-demand chunk has a time limit: a stalled request ends in a message naming what did not
// arrive, never a page that waits forever. Plain browser APIs; no React.

/** A JSON or story file, headers and body. */
export const FILE_TIMEOUT_MS = 30_000;
/** One of the app's own chunks (MapLibre's is the largest, about 300 KB compressed). */
export const CHUNK_TIMEOUT_MS = 60_000;

/** Why a download did not end in bytes, in words for readers: what to do comes with each. */
export class DownloadError extends Error {
  constructor(
    readonly kind: 'unreachable' | 'http' | 'timeout' | 'aborted' | 'too-big',
    message: string,
  ) {
    super(message);
  }
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} seconds`;

/**
 * The bytes at `url`, or a DownloadError: unreachable, an HTTP error, no complete answer within `timeoutMs` (a stall
 * while the body arrives counts), or `signal` aborted (a newer choice replaced this one).
 */
export async function fetchBytes(
  url: string,
  {
    timeoutMs = FILE_TIMEOUT_MS,
    signal,
    init,
    maxBytes = Infinity,
  }: { timeoutMs?: number; signal?: AbortSignal; init?: RequestInit; maxBytes?: number } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const controller = new AbortController();
  // An object, not a let: the timer sets it while the fetch is awaited, which a narrowed boolean would hide.
  const deadline = { passed: false };
  const timer = setTimeout(() => {
    deadline.passed = true;
    controller.abort();
  }, timeoutMs);
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const response = await fetch(url, { ...init, signal: controller.signal });
    if (!response.ok) throw new DownloadError('http', `the server answered HTTP ${response.status}`);
    const tooBig = () => new DownloadError('too-big', `it is larger than ${maxBytes} bytes`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw tooBig();
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw tooBig();
    return bytes;
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (deadline.passed)
      throw new DownloadError('timeout', `it did not arrive within ${seconds(timeoutMs)}: the connection may be slow`);
    if (signal?.aborted) throw new DownloadError('aborted', 'another story was chosen');
    throw new DownloadError('unreachable', 'it could not be downloaded (offline, or the server refused the request)');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** An on-demand chunk, or a DownloadError once `timeoutMs` have passed (the import itself cannot be cancelled). */
export function importWithTimeout<T>(load: () => Promise<T>, timeoutMs = CHUNK_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DownloadError('timeout', `it did not arrive within ${seconds(timeoutMs)}`)),
      timeoutMs,
    );
    load().then(
      (module) => {
        clearTimeout(timer);
        resolve(module);
      },
      () => {
        clearTimeout(timer);
        reject(new DownloadError('unreachable', 'it could not be downloaded'));
      },
    );
  });
}
