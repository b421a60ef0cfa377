// Bad input never blanks the page: a broken story says what is wrong, a missing WebGL leaves the panel working.
import type { Page } from '@playwright/test';
import { mapSection } from './support/app';
import { expect, test } from './support/test';

async function openWithStory(page: Page, body: string): Promise<void> {
  await page.route(/\/assets\/default-story-[\w-]+\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto('/');
}

test.describe('a broken story file', () => {
  test('that is not JSON gets a clear message', async ({ page }) => {
    await openWithStory(page, '{ "version": 1, ');
    await expect(page.getByRole('alert')).toContainText(/not valid JSON/);
  });

  test('with a wrong field names the field and why', async ({ page }) => {
    await openWithStory(page, JSON.stringify({ version: 1, id: 'Bad Id', article: null }));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/problems/);
    await expect(alert).toContainText(/id.*lower-case words/);
    await expect(alert).toContainText(/article/);
  });
});

test.describe('damaged map data', () => {
  test('a topology with an arc index out of range names the file, object and arc', async ({ page }) => {
    // The shipped file, with Armenia's first arc pointing past the end of the arcs.
    await page.route('**/data/detail.topo.json', async (route) => {
      const topology: unknown = await (await route.fetch()).json();
      const body = JSON.stringify(topology).replace('"arcs":[[[', '"arcs":[[[99999,');
      await route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/The map data is damaged/);
    await expect(alert).toContainText(/detail\.topo\.json: object regions, geometry 0 refers to arc 99999/);
  });
});

test.describe('without WebGL', { tag: '@no-webgl' }, () => {
  test('the map keeps its picture, says what needs WebGL, and the panel still works', async ({ page }) => {
    await page.goto('/');
    await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
    await expect(page.locator('.map__notice')).toContainText(/Zoom and pan need WebGL/);
    await expect(page.locator('[data-map-state="failed"] svg [data-svg-place]').first()).toBeAttached();
    await page.locator('[data-claim="area"]').click();
    await expect(page.locator('.card h3')).not.toBeEmpty();
    await page.locator('.card [data-select="region:nagorno-karabakh"]').click();
    await expect(page.getByTestId('computed-area')).toContainText(/km²/);
  });
});
