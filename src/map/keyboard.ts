// Keyboard on the map: a pin reached by Tab is brought into view by moving the camera, never by scrolling the map's box.
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { prefersReducedMotion } from './camera';

/** Focusing an off-screen pin makes the browser scroll the clipped map box, which would shift the whole map: undo that. */
export function pinMapBoxScroll(map: MapLibreMap): void {
  const container = map.getContainer();
  container.addEventListener('scroll', () => {
    container.scrollTop = 0;
    container.scrollLeft = 0;
  });
}

/** Moves the camera so a place is on screen, if it is not already. */
export function bringIntoView(map: MapLibreMap, place: LngLatLike): void {
  const point = map.project(place);
  const { clientWidth, clientHeight } = map.getContainer();
  const margin = 24;
  const inside =
    point.x >= margin && point.x <= clientWidth - margin && point.y >= margin && point.y <= clientHeight - margin;
  if (!inside) map.easeTo({ center: place, duration: prefersReducedMotion() ? 0 : 500 });
}
