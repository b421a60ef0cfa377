import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, openPage, waitForMapReady } from './support/browser';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the page loads and the map renders, with no errors and no foreign requests', async () => {
  if (!browser) throw new Error('browser did not launch');
  const { page, consoleErrors, foreignRequests } = await openPage(browser);
  try {
    // Nobody touches the map: MapLibre starts by itself once the page has settled.
    await waitForMapReady(page, { untouched: true });

    const canvas = page.locator('[data-map-state] canvas').first();
    const box = await canvas.boundingBox();
    expect(box, 'a <canvas> inside the map container').not.toBeNull();
    expect(box?.width ?? 0).toBeGreaterThan(0);
    expect(box?.height ?? 0).toBeGreaterThan(0);

    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  } finally {
    await page.context().close();
  }
});
