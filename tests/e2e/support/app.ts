// Steps most tests share: open the app, wait for the zoomable map, wait for the camera to stop.
import type { Frame, Locator, Page } from '@playwright/test';
import { expect } from './test';

/** The phone the tests stand for: a 360 px wide screen. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

/** MapLibre starts and first draws within this on a loaded 2-core machine (SwiftShader draws on the CPU). */
const MAP_READY_TIMEOUT = 45_000;

/** The map's section: data-map-state is "loading" (the picture), "ready" (MapLibre drawn) or "failed" (the picture stays). */
export const mapSection = (page: Page | Frame): Locator => page.locator('[data-map-state]');

/**
 * Waits for the map's data-map-state to leave "loading", and fails unless it became "ready".
 * MapLibre starts on a reader's first touch of the map or once the page has settled: by default this touches the map (a
 * pointerdown, which selects nothing) so that tests do not idle; `{ untouched: true }` waits for the start on its own.
 */
export async function mapReady(page: Page | Frame, { untouched = false }: { untouched?: boolean } = {}): Promise<void> {
  const map = mapSection(page);
  if (!untouched) {
    // A touch before the app has taken the page over goes unheard: touch again until MapLibre's box is there.
    await expect(async () => {
      await map.dispatchEvent('pointerdown');
      await expect(page.locator('.map__gl')).toBeAttached({ timeout: 1_000 });
    }).toPass({ timeout: MAP_READY_TIMEOUT });
  }
  await expect(map, 'the map leaves its "loading" state').toHaveAttribute('data-map-state', /^(ready|failed)$/, {
    timeout: MAP_READY_TIMEOUT,
  });
  expect(await map.getAttribute('data-map-state'), 'MapLibre started (see the console errors if not)').toBe('ready');
  // Once up, MapLibre eases to the view the page asks for: the map is ready for a reader's click when it stands still.
  await cameraStill(page);
}

/** Opens the app at `hash` (e.g. '#claim=area') and waits for the zoomable map. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash === '' || hash.startsWith('#') ? hash : `#${hash}`}`);
  await mapReady(page);
}

/** Waits until MapLibre's camera is still (data-camera on the map's canvas box follows its move events). */
export async function cameraStill(page: Page | Frame): Promise<void> {
  await expect(page.locator('.map__gl')).toHaveAttribute('data-camera', 'still');
}

/**
 * Opens the app at `hash` for what the panel shows, without waiting for the zoomable map: it starts on its own once the
 * page has settled, as for a reader who only reads. The first view's claims are in the HTML; the app has taken them over
 * (and follows the address) once it has fitted the picture to its box.
 */
export async function openPanel(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash === '' || hash.startsWith('#') ? hash : `#${hash}`}`);
  await expect(page.locator('html[data-taken-over] .svg-map--fitted')).toBeAttached();
}
