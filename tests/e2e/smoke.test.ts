import { mapReady, mapSection } from './support/app';
import { expect, test } from './support/test';

test('the page loads and the map renders, with no errors and no foreign requests', async ({ page, problems }) => {
  await page.goto('/');
  // Nobody touches the map: MapLibre starts by itself once the page has settled.
  await mapReady(page, { untouched: true });

  const canvas = mapSection(page).locator('canvas').first();
  await expect(canvas, 'a <canvas> inside the map container').toBeVisible();
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(0);
  expect(box?.height ?? 0).toBeGreaterThan(0);

  // Also checked for every test by the problems fixture; said here as this test's point.
  expect(problems.errors).toEqual([]);
  expect(problems.offOrigin()).toEqual([]);
});
