// Print shows the picture in MapLibre's place: framed as the reader left the map (panned, zoomed), not as first framed.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { View } from './download/exportImage';

export function usePrintView(currentView: () => View | null, mapIsUp: boolean): View | null {
  const [printView, setPrintView] = useState<View | null>(null);
  useEffect(() => {
    if (!mapIsUp) return;
    // The browser lays the page out for print right after this event: the new viewBox must be in the DOM by then.
    const before = () => {
      const view = currentView();
      if (view) flushSync(() => setPrintView(view));
    };
    const after = () => setPrintView(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [currentView, mapIsUp]);
  return mapIsUp ? printView : null;
}
