// The app starts once the build-time map and claims are on screen (first contentful paint), so their text stays the
// largest paint and none of the app's work delays it; a hidden tab, which paints nothing, starts it after a moment.
import { afterNextPaint } from '../ui/afterNextPaint';

const START_FALLBACK_MS = 2000;

export function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    afterNextPaint(once);
  }
  setTimeout(once, START_FALLBACK_MS);
}
