// The map adapter's camera moves: the one place that drives MapLibre's camera imperatively.
import type { MapRef } from '@vis.gl/react-maplibre';
import type { Bounds } from '../geo/bounds';

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Pins carry their label to the right, so a fitted selection keeps room at the right edge for a label's width.
function paddingFor(map: MapRef, labelRoom: boolean): { top: number; bottom: number; left: number; right: number } {
  const { clientWidth, clientHeight } = map.getContainer();
  const edge = Math.max(12, Math.min(56, Math.round(Math.min(clientWidth, clientHeight) * 0.1)));
  const right = labelRoom ? edge + Math.min(110, Math.round(clientWidth * 0.2)) : edge;
  return { top: edge, bottom: edge, left: edge, right };
}

/** Fits the camera to a box; a single point zooms to a city-sized view rather than to the maximum. */
export function fitCamera(map: MapRef, bounds: Bounds, { animate, labelRoom }: { animate: boolean; labelRoom: boolean }): void {
  const [west, south, east, north] = bounds;
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding: paddingFor(map, labelRoom), maxZoom: 7, duration: animate && !prefersReducedMotion() ? 800 : 0 },
  );
}
