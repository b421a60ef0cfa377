// When MapLibre starts: on the reader's first touch of the map, or once the page has settled — never before first paint.
import { useEffect, useState, type RefObject } from 'react';

/** Quiet time after the load event before MapLibre's ~430 KB start; chosen by Lighthouse measurement (see README). */
const START_AFTER_LOAD_MS = 3000;
const INTERACTIONS = ['pointerdown', 'wheel', 'touchstart', 'keydown', 'focusin'] as const;

export function useMapStart(target: RefObject<HTMLElement | null>): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    const element = target.current;
    const start = () => setStarted(true);
    let timer: number | undefined;
    let idle: number | undefined;
    const settle = () => {
      timer = window.setTimeout(() => {
        idle =
          typeof window.requestIdleCallback === 'function'
            ? window.requestIdleCallback(start, { timeout: 2000 })
            : window.setTimeout(start, 0);
      }, START_AFTER_LOAD_MS);
    };
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
    for (const type of INTERACTIONS) element?.addEventListener(type, start, { once: true, passive: true });
    return () => {
      window.removeEventListener('load', settle);
      window.clearTimeout(timer);
      if (idle !== undefined && typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      for (const type of INTERACTIONS) element?.removeEventListener(type, start);
    };
  }, [target, started]);
  return started;
}
