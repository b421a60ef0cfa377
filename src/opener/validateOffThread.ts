// Runs validation in a worker. Where a worker cannot start (an old browser, a page that forbids them) it runs here:
// slower for a huge file, but the story still opens. A newer choice terminates the worker.
import { validateStoryBytes, type ValidationResult } from '../story/validate/validateStory';

/** Longer than any real story needs (about a second for 2 MB of problems on a phone-class CPU). */
const VALIDATION_TIMEOUT_MS = 60_000;

export function validateOffThread(bytes: Uint8Array, regions: unknown, signal: AbortSignal): Promise<ValidationResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(validateStoryBytes(bytes, regions));
  }
  return new Promise<ValidationResult>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      worker.terminate();
    };
    const abort = () => {
      finish();
      reject(new DOMException('another story was chosen', 'AbortError'));
    };
    const timer = setTimeout(() => {
      finish();
      resolve({
        ok: false,
        omitted: 0,
        problems: [{ path: '(root)', message: 'checking it took longer than a minute; try a smaller file' }],
      });
    }, VALIDATION_TIMEOUT_MS);
    signal.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ValidationResult>) => {
      finish();
      resolve(event.data);
    });
    // The worker's own file did not load (a network failure): check here instead.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      resolve(validateStoryBytes(bytes, regions));
    });
    worker.postMessage({ bytes, regions });
  });
}
