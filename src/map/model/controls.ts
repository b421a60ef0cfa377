// Where the map's own controls sit, in the map box's pixels: labels keep out of them, on the live map and the picture alike.
import type { Size } from './mercator';
import type { Rect } from './labels';

/** The zoom buttons (top left, 44 px on touch screens), the download menu (top right) and the credits (bottom right). */
export const CONTROLS = {
  margin: 10,
  zoom: { width: 44, height: 88 },
  download: { width: 44, height: 44 },
  credits: { width: 250, height: 22 },
} as const;

/** On phones the zoom buttons give way (fingers pinch), so they never cover a selection on a small map. */
export function controlRects({ width, height }: Size, phone: boolean): Rect[] {
  const { margin, zoom, download, credits } = CONTROLS;
  const creditsWidth = Math.min(width, credits.width);
  return [
    ...(phone ? [] : [{ x: 0, y: 0, width: margin + zoom.width + 4, height: margin + zoom.height + 4 }]),
    {
      x: width - margin - download.width - 4,
      y: 0,
      width: margin + download.width + 4,
      height: margin + download.height + 4,
    },
    { x: width - creditsWidth, y: height - credits.height, width: creditsWidth, height: credits.height },
  ];
}
