// Bad input never blanks the page: a broken story says what is wrong, a missing WebGL leaves the panel working.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, launchBrowserWithoutWebGL, openPage } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openWithStory(body: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/stories/karabakh-2020.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(inject('baseUrl'));
  return page;
}

describe('a broken story file', () => {
  test('that is not JSON gets a clear message', async () => {
    const page = await openWithStory('{ "version": 1, ');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/not valid JSON/);
    await page.context().close();
  });

  test('with a wrong field names the field and why', async () => {
    const page = await openWithStory(JSON.stringify({ version: 1, id: 'Bad Id', article: null }));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/problems/);
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/id.*lower-case words/);
    expect(text).toMatch(/article/);
    await page.context().close();
  });
});

describe('damaged map data', () => {
  test('a topology with an arc index out of range names the file, object and arc', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The shipped file, with Armenia's first arc pointing past the end of the arcs.
    await page.route('**/data/caucasus.topo.json', async (route) => {
      const topology: unknown = await (await route.fetch()).json();
      const body = JSON.stringify(topology).replace('"arcs":[[[', '"arcs":[[[99999,');
      await route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await page.goto(inject('baseUrl'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/The map data is damaged/);
    expect(await alert.textContent()).toMatch(/caucasus\.topo\.json: object regions, geometry 0 refers to arc 99999/);
    await page.context().close();
  });
});

describe('without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await launchBrowserWithoutWebGL();
  });
  afterAll(async () => {
    await noGl.close();
  });

  test('the map keeps its picture, says what needs WebGL, and the panel still works', async () => {
    const { page, consoleErrors } = await openPage(noGl);
    await page.waitForSelector('[data-map-state="failed"]', { timeout: 30_000 });
    expect(await page.locator('.map__notice').textContent()).toMatch(/Zoom and pan need WebGL/);
    expect(await page.locator('[data-map-state="failed"] svg [data-svg-place]').count()).toBeGreaterThan(0);
    await page.locator('[data-claim="area"]').click();
    await expect.poll(() => page.locator('.card h3').textContent()).toBeTruthy();
    await page.locator('.card [data-select="region:nagorno-karabakh"]').click();
    await expect.poll(() => page.locator('[data-testid="computed-area"]').textContent()).toMatch(/km²/);
    expect(consoleErrors.filter((message) => message.startsWith('pageerror'))).toEqual([]);
    await page.context().close();
  });
});
