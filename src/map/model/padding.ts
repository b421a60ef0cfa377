// The camera's padding for a container size: shared by MapLibre's fits and the static map's framing.
import { CONTROLS } from './controls';
import type { Padding, Size } from './mercator';

/**
 * Pins carry their label to the right, so a fitted selection keeps room at the right edge for a label's width, and
 * above the credits line at the foot (on a phone it spans the map), where a pin's label would otherwise find no room.
 */
export function cameraPadding({ width, height }: Size, labelRoom: boolean): Padding {
  // The static map's stylesheet mirrors this edge as clamp(12px, 10cqmin, 56px): change both together.
  const edge = Math.max(12, Math.min(56, Math.round(Math.min(width, height) * 0.1)));
  if (!labelRoom) return { top: edge, bottom: edge, left: edge, right: edge };
  return {
    top: edge,
    bottom: edge + CONTROLS.credits.height,
    left: edge,
    right: edge + Math.min(110, Math.round(width * 0.2)),
  };
}

/** The fitted camera never zooms past this (a single point gets a city-sized view). */
export const FIT_MAX_ZOOM = 7;

/** No padding: a box fitted edge to edge (what the reader saw, fitted into the printed map). */
export const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 } as const;
