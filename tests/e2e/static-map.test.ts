// The build-time map: there before any script, the same framing as MapLibre's first view, and the whole map without WebGL.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadShippedStory } from '../../src/story/fixtures/shippedStory';
import { launchBrowser, launchBrowserWithoutWebGL, openPage, waitForMapReady } from './support/browser';

const story = loadShippedStory();
// Pins inside the story's box on every screen size (Moscow, Paris … lie far outside it).
const FRAMED_PLACES = ['yerevan', 'baku', 'stepanakert', 'gyumri'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Point = { x: number; y: number };

async function centreOf(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).first().boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the picture draws each place's pin. */
async function picturedPins(page: Page, ids: readonly string[]): Promise<Map<string, Point>> {
  const pictured = new Map<string, Point>();
  for (const id of ids) pictured.set(id, await centreOf(page, `[data-svg-place="${id}"] > :first-child`));
  return pictured;
}

/** MapLibre's pins land within 3 px of where the picture drew them. */
async function expectMapLibreAt(page: Page, pictured: ReadonlyMap<string, Point>): Promise<void> {
  for (const [id, drawn] of pictured) {
    const live = await centreOf(page, `[data-place="${id}"] .pin__dot`);
    expect(Math.abs(live.x - drawn.x), `${id} x`).toBeLessThanOrEqual(3);
    expect(Math.abs(live.y - drawn.y), `${id} y`).toBeLessThanOrEqual(3);
  }
}

async function staticPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  return page;
}

describe('without JavaScript', () => {
  test('the page shows the map picture and the list of claims', async () => {
    const page = await staticPage({ width: 1280, height: 800 });
    try {
      const picture = page.getByRole('img', { name: /Map of Armenia, Azerbaijan and Nagorno-Karabakh/ });
      const box = await picture.boundingBox({ timeout: 10_000 });
      expect(box?.width ?? 0).toBeGreaterThan(300);
      expect(box?.height ?? 0).toBeGreaterThan(200);
      await expect.poll(() => page.locator('.static-shell [data-svg-place]').count()).toBe(story.places.length);
      const claims = page.locator('.static-shell .claim-list li');
      expect(await claims.count()).toBe(story.claims.length);
      expect(await claims.first().textContent()).toContain(story.claims[0]?.text ?? 'a first claim');
    } finally {
      await page.context().close();
    }
  });
});

describe('the picture and MapLibre frame the same area', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 500 },
    // A wide, short box (a landscape phone, a letterbox embed): the picture fits by height, not width.
    { width: 1280, height: 420 },
  ]) {
    test(`at ${viewport.width} × ${viewport.height}, pins land within 3 px of each other`, async () => {
      const still = await staticPage(viewport);
      const pictured = await picturedPins(still, FRAMED_PLACES);
      await still.context().close();

      const { page, consoleErrors } = await openPage(browser, { viewport });
      try {
        await waitForMapReady(page);
        await expectMapLibreAt(page, pictured);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('a linked selection: the picture and MapLibre frame it alike', () => {
  test('#relation=paris-yerevan-diaspora puts Paris and Yerevan at the same pixels before and after MapLibre', async () => {
    const { page, consoleErrors } = await openPage(browser, { hash: 'relation=paris-yerevan-diaspora' });
    try {
      await page.waitForSelector('.svg-map--fitted [data-svg-place="paris"]', { timeout: 10_000 });
      const pictured = await picturedPins(page, ['paris', 'yerevan']);
      await waitForMapReady(page);
      await expectMapLibreAt(page, pictured);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
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

  test('the picture stays, says what needs WebGL, and its regions, pins and lines select', async () => {
    const { page, consoleErrors } = await openPage(noGl);
    try {
      await page.waitForSelector('[data-map-state="failed"]', { timeout: 30_000 });
      await expect.poll(() => page.locator('.map__notice').textContent()).toMatch(/Zoom and pan need WebGL/);
      // On a desktop the notice also says what still works.
      expect(await page.locator('.map__notice-more').isVisible()).toBe(true);

      await page.locator('[data-svg-region="nagorno-karabakh"]').click();
      await expect.poll(() => page.locator('[data-testid="computed-area"]').textContent()).toMatch(/km²/);
      expect(await page.locator('[data-svg-region="nagorno-karabakh"]').getAttribute('aria-pressed')).toBe('true');

      // The keyboard reaches the same shapes: a pin by Enter, a line by Space.
      await page.locator('[data-svg-place="baku"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.card h3').first().textContent()).toMatch(/Baku/);
      const line = story.relations[0];
      await page.locator(`[data-svg-relation="${line?.id ?? ''}"]`).focus();
      await page.keyboard.press(' ');
      await expect.poll(() => page.locator('.card h3').first().textContent()).toContain(line?.label ?? 'a line');

      expect(consoleErrors.filter((message) => message.startsWith('pageerror'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('on a phone, each pin takes a finger’s tap 18 px off its centre (a 44-px target)', async () => {
    const { page, consoleErrors } = await openPage(noGl, { viewport: { width: 360, height: 740 }, touch: true });
    try {
      await page.waitForSelector('[data-map-state="failed"]', { timeout: 30_000 });
      // The notice keeps to one line, so it hides little of the small map.
      expect(await page.locator('.map__notice').isVisible()).toBe(true);
      expect(await page.locator('.map__notice-more').isVisible()).toBe(false);
      expect((await page.locator('.map__notice').boundingBox())?.height ?? Infinity).toBeLessThan(48);
      for (const id of FRAMED_PLACES) {
        const centre = await centreOf(page, `[data-svg-place="${id}"] > :first-child`);
        for (const [dx, dy] of [
          [-18, 0],
          [0, 18],
          [0, -18],
        ] as const) {
          const hit = await page.evaluate(
            ({ x, y }) =>
              document.elementFromPoint(x, y)?.closest('[data-svg-place]')?.getAttribute('data-svg-place') ?? null,
            { x: centre.x + dx, y: centre.y + dy },
          );
          expect(hit, `${id} at ${dx},${dy}`).toBe(id);
        }
      }
      await page.tap('[data-svg-place="gyumri"] > :first-child');
      await expect.poll(() => page.locator('.card h3').first().textContent()).toMatch(/Gyumri/);
      expect(consoleErrors.filter((message) => message.startsWith('pageerror'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('a selection reframes the picture as MapLibre would: Paris comes into view for a Paris line', async () => {
    const { page, consoleErrors } = await openPage(noGl);
    try {
      await page.waitForSelector('[data-map-state="failed"]', { timeout: 30_000 });
      const map = await page.locator('[data-map-state]').boundingBox();
      const inMap = async (id: string) => {
        const pin = await page.locator(`[data-svg-place="${id}"] > :first-child`).boundingBox();
        if (!map || !pin) return false;
        const [x, y] = [pin.x + pin.width / 2, pin.y + pin.height / 2];
        return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
      };
      const pinWidth = async (id: string) =>
        (await page.locator(`[data-svg-place="${id}"] > :first-child`).boundingBox())?.width ?? 0;
      const firstViewPin = await pinWidth('yerevan');
      // The first view is the South Caucasus: Paris lies far outside it.
      expect(await inMap('paris')).toBe(false);
      await page.locator('[data-index="relation:paris-yerevan-diaspora"]').click();
      await expect.poll(() => inMap('paris')).toBe(true);
      expect(await inMap('yerevan')).toBe(true);
      // Zoomed out about 3 levels, the pins keep their size on screen, as MapLibre's do (not an eighth of it).
      expect(Math.abs((await pinWidth('yerevan')) - firstViewPin)).toBeLessThanOrEqual(1);
      expect(firstViewPin).toBeGreaterThan(8);
      // Clearing the selection brings back the first view.
      await page.keyboard.press('Escape');
      await expect.poll(() => inMap('paris')).toBe(false);
      expect(consoleErrors.filter((message) => message.startsWith('pageerror'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('when the zoomable map’s code cannot be fetched', () => {
  test('the picture stays the map, says so, and still selects', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A flaky network or a half-finished deploy: the MapLibre adapter chunk never arrives.
    await context.route(/\/assets\/MapLibreMap-[^/]+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(inject('baseUrl'));
      // A first touch of the map starts MapLibre at once (otherwise it starts once the page has settled).
      await page.locator('[data-svg-region="nagorno-karabakh"]').click();
      await page.waitForSelector('[data-map-state="failed"]', { timeout: 30_000 });
      await expect.poll(() => page.locator('.map__notice').textContent()).toMatch(/could not be downloaded; reload/);
      await page.locator('[data-svg-region="armenia"]').click();
      await expect.poll(() => page.locator('.card h3').first().textContent()).toMatch(/Armenia/);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('Download image', () => {
  test('the PNG is a non-empty picture of the map’s size', async () => {
    const { page, consoleErrors } = await openPage(browser, { viewport: { width: 1100, height: 700 } });
    try {
      await waitForMapReady(page);
      const map = await page.locator('[data-map-state]').boundingBox();
      // Downloads live in a menu behind one small button, so the map's corner stays free.
      await page.getByRole('button', { name: 'Download image of this view' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        page.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      // The IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16 and 20.
      expect(bytes.readUInt32BE(16)).toBe(Math.round(map?.width ?? 0));
      expect(bytes.readUInt32BE(20)).toBe(Math.round(map?.height ?? 0));
      // A blank picture of this size compresses to a few KB; the drawn map is far larger.
      expect(bytes.length).toBeGreaterThan(30_000);
      expect(download.suggestedFilename()).toBe(`${story.id}-map.png`);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('Print', () => {
  // Pages in a PDF: one "/Type /Page" object each ("/Type /Pages" is the page tree).
  const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

  for (const hash of ['region=nagorno-karabakh', 'claim=russian-base']) {
    test(`#${hash} prints the map picture and the card on one page`, async () => {
      const { page, consoleErrors } = await openPage(browser, { hash });
      try {
        await waitForMapReady(page);
        const title = (await page.locator('#card-title').textContent()) ?? '';
        await page.emulateMedia({ media: 'print' });
        // In print the picture stands in for the WebGL canvas, and the card's heading is on the page.
        expect(await page.locator('.svg-map').isVisible()).toBe(true);
        expect(await page.locator('.map__gl').isVisible()).toBe(false);
        expect(await page.getByRole('heading', { name: title }).isVisible()).toBe(true);
        expect(await page.locator('.claim-list').isVisible()).toBe(false);
        expect(pageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
  test('the printed picture is framed as the reader left the map, panned', async () => {
    // Reduced motion: MapLibre's keyboard pans jump instead of easing, so the camera is still when it is read.
    const { page, consoleErrors } = await openPage(browser, { reducedMotion: 'reduce' });
    try {
      await waitForMapReady(page);
      const firstView = await page.locator('.svg-map__svg').getAttribute('viewBox');
      await page.locator('.maplibregl-canvas').focus();
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
      // Wait for the pan's easing to end: a pin stops moving between two looks 300 ms apart.
      let before = await centreOf(page, '[data-place="baku"] .pin__dot');
      for (let look = 0; look < 20; look += 1) {
        await page.waitForTimeout(300);
        const now = await centreOf(page, '[data-place="baku"] .pin__dot');
        if (Math.abs(now.x - before.x) < 0.5 && Math.abs(now.y - before.y) < 0.5) break;
        before = now;
      }
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      // Show the picture on screen, in the same box, where print would show it.
      await page.evaluate(() => {
        document.querySelector<HTMLElement>('.map > .svg-map')?.style.setProperty('display', 'flex', 'important');
        document.querySelector<HTMLElement>('.maplibregl-canvas')?.style.setProperty('visibility', 'hidden');
      });
      await expectMapLibreAt(page, await picturedPins(page, FRAMED_PLACES));
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      // After printing, the (hidden) picture is back at the story's first view.
      await expect.poll(() => page.locator('.svg-map__svg').getAttribute('viewBox')).toBe(firstView);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test('every selection in the story, and none, prints on one page', async () => {
    const hashes = [
      '',
      ...story.regions.map((region) => `region=${region.id}`),
      ...story.places.map((place) => `place=${place.id}`),
      ...story.relations.map((relation) => `relation=${relation.id}`),
      ...story.claims.map((claim) => `claim=${claim.id}`),
    ];
    const { page, consoleErrors } = await openPage(browser);
    try {
      const overflowing: string[] = [];
      await page.waitForSelector('[data-map-state]');
      for (const hash of hashes) {
        // The hash drives the selection, as a followed link does, without reloading the page.
        await page.evaluate((next) => (window.location.hash = next), hash);
        const [kind = '', id = ''] = hash.split('=');
        const chosen =
          kind === 'claim'
            ? `[data-claim="${id}"][aria-pressed="true"]`
            : `[data-index="${kind}:${id}"][aria-pressed="true"]`;
        await page.waitForSelector(hash === '' ? '.panel:not(:has(#card-title))' : chosen, { state: 'attached' });
        const pages = pageCount(await page.pdf({ preferCSSPageSize: true }));
        if (pages !== 1) overflowing.push(`${hash}: ${pages} pages`);
      }
      expect(overflowing).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
