// Web Mercator as MapLibre draws it (512-px tiles), and its fitBounds: the static map frames exactly what the live map does.
import type { Bounds } from '../../geometry/bounds';

export const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

export type Padding = { top: number; bottom: number; left: number; right: number };
export type Size = { width: number; height: number };
/** A camera: zoom and the centre in world units at zoom 0 (0…TILE_SIZE). */
export type Frame = { zoom: number; centerX: number; centerY: number };
/** A picture's camera and its size in pixels: what "Download image" and print draw. */
export type Framing = { frame: Frame; size: Size };

/** A longitude/latitude in world units at zoom 0 (x east, y south, both 0…512). */
export function worldPoint([lng, lat]: readonly [number, number]): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const x = ((180 + lng) / 360) * TILE_SIZE;
  const y = ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360) * TILE_SIZE;
  return [x, y];
}

/** MapLibre's cameraForBounds without bearing: the box, scaled to fill the padded container, at its centre. */
export function fitBounds(bounds: Bounds, size: Size, padding: Padding, maxZoom = Infinity): Frame {
  const [west, south, east, north] = bounds;
  const [x0, y0] = worldPoint([west, north]);
  const [x1, y1] = worldPoint([east, south]);
  const scaleX = (size.width - padding.left - padding.right) / (x1 - x0);
  const scaleY = (size.height - padding.top - padding.bottom) / (y1 - y0);
  const zoom = Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom);
  const scale = 2 ** zoom;
  // Uneven padding moves the box off the container's centre by half the difference.
  const centerX = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / scale;
  const centerY = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / scale;
  return { zoom, centerX, centerY };
}

/** Where a longitude/latitude lands in a container of this size, in CSS pixels from its top-left corner. */
export function project(frame: Frame, size: Size, lngLat: readonly [number, number]): [number, number] {
  const [x, y] = worldPoint(lngLat);
  const scale = 2 ** frame.zoom;
  return [(x - frame.centerX) * scale + size.width / 2, (y - frame.centerY) * scale + size.height / 2];
}
