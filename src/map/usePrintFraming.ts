// Print shows the picture in MapLibre's place: framed as the reader left the map (panned, zoomed), not as first framed.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Framing } from './svg/mercator';

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
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [currentFraming, mapIsUp]);
  return mapIsUp ? printFraming : null;
}
