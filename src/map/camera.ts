// The map adapter's camera moves: the one place that drives MapLibre's camera imperatively.
import type { MapRef } from '@vis.gl/react-maplibre';
import type { Bounds } from '../geometry/bounds';
import { cameraPadding, FIT_MAX_ZOOM } from './model/padding';

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Fits the camera to a box; a single point zooms to a city-sized view rather than to the maximum. */
export function fitCamera(
  map: MapRef,
  bounds: Bounds,
  { animate, labelRoom }: { animate: boolean; labelRoom: boolean },
): void {
  const [west, south, east, north] = bounds;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    {
      padding: cameraPadding({ width, height }, labelRoom),
      maxZoom: FIT_MAX_ZOOM,
      duration: animate && !prefersReducedMotion() ? 800 : 0,
    },
  );
}
