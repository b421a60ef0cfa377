// Print shows the picture in MapLibre's place, built for it (the picture is dropped once MapLibre is up): framed as the
// reader left the map (panned, zoomed), not as first framed.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Framing } from './model/mercator';

export function usePrintFraming(currentFraming: () => Framing | null, mapIsUp: boolean): Framing | null {
  const [printFraming, setPrintFraming] = useState<Framing | null>(null);
  useEffect(() => {
    if (!mapIsUp) return;
    // The browser lays the page out for print right after this event: the new viewBox must be in the DOM by then.
    const before = () => {
      const framing = currentFraming();
      if (framing) flushSync(() => setPrintFraming(framing));
    };
    const after = () => setPrintFraming(null);
    // The print media query too: some ways of printing (a PDF made headless, print emulation) send no beforeprint.
    const printQuery = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onQuery = (event: MediaQueryListEvent) => (event.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    printQuery?.addEventListener('change', onQuery);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      printQuery?.removeEventListener('change', onQuery);
    };
  }, [currentFraming, mapIsUp]);
  return mapIsUp ? printFraming : null;
}
