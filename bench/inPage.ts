// Waiting on a page without touching it: Playwright's own waits and evaluations first install its injected scripts in
// the page, which under 4× CPU took 100-odd ms of the main thread, in a throttled load before the first paint. A
// reader's browser never spends that, so the throttled bench waits through CDP alone.
import type { CDPSession } from 'playwright-core';

/**
 * Runs `fn(arg)` in the page's main world and resolves with what its promise resolves to (JSON-serialisable), or rejects
 * after `timeoutMs`. `fn` is sent as source: no named helpers inside it (tsx would wrap them in a __name() the page does
 * not have).
 */
export async function inPage<A, R>(
  cdp: CDPSession,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  timeoutMs: number,
): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`not settled within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const evaluated = cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    const { result, exceptionDetails } = await Promise.race([evaluated, timeout]);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    // returnByValue: the value is the JSON the page's promise resolved to.
    return result.value as R;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves once `selector` matches in the page, as the page builds itself (elements added, attributes set). */
export function whenAttached(cdp: CDPSession, selector: string, timeoutMs: number): Promise<void> {
  return inPage(
    cdp,
    (wanted: string) =>
      new Promise<void>((resolve) => {
        if (document.querySelector(wanted)) {
          resolve();
          return;
        }
        new MutationObserver((_records, observer) => {
          if (!document.querySelector(wanted)) return;
          observer.disconnect();
          resolve();
        }).observe(document, { childList: true, subtree: true, attributes: true });
      }),
    selector,
    timeoutMs,
  );
}
