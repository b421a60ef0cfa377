// Counting colours in what the reader's screen shows: a screenshot decoded in the page, pixel by pixel.
import type { Page } from '@playwright/test';

export type Rgb = [number, number, number];

/** How many pixels of a PNG screenshot are within a few levels of each colour. */
export async function pixelsNear(
  page: Page,
  png: Buffer,
  colours: Record<string, Rgb>,
): Promise<Record<string, number>> {
  return page.evaluate(
    async ({ data, wanted }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      const counts: Record<string, number> = {};
      for (const [name, [r, g, b]] of Object.entries(wanted)) {
        let count = 0;
        for (let index = 0; index < pixels.length; index += 4) {
          const near =
            Math.abs((pixels[index] ?? 0) - r) <= 8 &&
            Math.abs((pixels[index + 1] ?? 0) - g) <= 8 &&
            Math.abs((pixels[index + 2] ?? 0) - b) <= 8;
          if (near) count += 1;
        }
        counts[name] = count;
      }
      return counts;
    },
    { data: png.toString('base64'), wanted: colours },
  );
}
