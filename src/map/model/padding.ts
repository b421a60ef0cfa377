// The camera's padding for a container size: shared by MapLibre's fits and the static map's framing.
import type { Padding, Size } from './mercator';

/** Pins carry their label to the right, so a fitted selection keeps room at the right edge for a label's width. */
export function cameraPadding({ width, height }: Size, labelRoom: boolean): Padding {
  // The static map's stylesheet mirrors this edge as clamp(12px, 10cqmin, 56px): change both together.
  const edge = Math.max(12, Math.min(56, Math.round(Math.min(width, height) * 0.1)));
  const right = labelRoom ? edge + Math.min(110, Math.round(width * 0.2)) : edge;
  return { top: edge, bottom: edge, left: edge, right };
}

/** The fitted camera never zooms past this (a single point gets a city-sized view). */
export const FIT_MAX_ZOOM = 7;
