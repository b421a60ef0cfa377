// The build-time map: there before any script, the same framing as MapLibre's first view, and the whole map without WebGL.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { loadShippedStory } from '../../src/story/fixtures/shippedStory';
import { PHONE_VIEWPORT, cameraStill, mapReady, mapSection, openApp } from './support/app';
import { expect, test, type PageProblems } from './support/test';

const story = loadShippedStory();
// Pins inside the story's box on every screen size (Moscow, Paris … lie far outside it).
const FRAMED_PLACES = ['yerevan', 'baku', 'stepanakert', 'gyumri'];

type Point = { x: number; y: number };
type Size = { width: number; height: number };

async function centreOf(page: Page, selector: string): Promise<Point> {
  const element = page.locator(selector).first();
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
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

/**
 * The page as it arrives, before any script has run: a context of its own whose app script never arrives. (A page with
 * JavaScript off also shows its <noscript> note, which makes it taller: with classic scrollbars that narrows the map.)
 */
async function beforeScripts(browser: Browser, problems: PageProblems, viewport: Size): Promise<Page> {
  const context = await browser.newContext({ viewport });
  problems.watch(context);
  // Held, never answered: the first view stays as it is while the script is on its way.
  await context.route(/\/assets\/index-[^/]+\.js$/, () => undefined);
  const page = await context.newPage();
  // Not even DOMContentLoaded comes: it waits for the module script. The first view is parsed once the picture shows.
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('.svg-map__svg')).toBeVisible();
  return page;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the map picture and the list of claims', async ({ page }) => {
    await page.goto('/');
    const picture = page.getByRole('group', { name: 'Map of the story' });
    await expect(picture).toBeVisible();
    const box = await picture.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(200);
    await expect(page.locator('.map [data-svg-place]')).toHaveCount(story.places.length);
    const claims = page.locator('.claim-list li');
    await expect(claims).toHaveCount(story.claims.length);
    await expect(claims.first()).toContainText(story.claims[0]?.text ?? 'a first claim');
  });
});

test.describe('the picture and MapLibre frame the same area', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 500 },
    // A wide, short box (a landscape phone, a letterbox embed): the picture fits by height, not width.
    { width: 1280, height: 420 },
  ]) {
    test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
      test.use({ viewport });
      test('pins land within 3 px of each other', async ({ page, browser, problems }) => {
        const still = await beforeScripts(browser, problems, viewport);
        const pictured = await picturedPins(still, FRAMED_PLACES);
        await still.context().close();

        await openApp(page);
        await expectMapLibreAt(page, pictured);
      });
    });
  }
});

test.describe('a linked selection: the picture and MapLibre frame it alike', () => {
  test('#relation=paris-yerevan-diaspora puts Paris and Yerevan at the same pixels before and after MapLibre', async ({
    page,
  }) => {
    await page.goto('/#relation=paris-yerevan-diaspora');
    await expect(page.locator('.svg-map--fitted [data-svg-place="paris"]')).toBeVisible();
    const pictured = await picturedPins(page, ['paris', 'yerevan']);
    await mapReady(page);
    await expectMapLibreAt(page, pictured);
  });
});

test.describe('without WebGL', { tag: '@no-webgl' }, () => {
  const pin = (page: Page, id: string) => page.locator(`[data-svg-place="${id}"] > :first-child`);

  test('the picture stays, says what needs WebGL, and its regions, pins and lines select', async ({ page }) => {
    await page.goto('/');
    await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
    await expect(page.locator('.map__notice')).toContainText(/Zoom and pan need WebGL/);
    // On a desktop the notice also says what still works.
    await expect(page.locator('.map__notice-more')).toBeVisible();

    await page.locator('[data-svg-region="nagorno-karabakh"]').click();
    await expect(page.getByTestId('computed-area')).toContainText(/km²/);
    await expect(page.locator('[data-svg-region="nagorno-karabakh"]')).toHaveAttribute('aria-pressed', 'true');

    // The keyboard reaches the same shapes: a pin by Enter, a line by Space.
    await page.locator('[data-svg-place="baku"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.card h3').first()).toContainText(/Baku/);
    const line = story.relations[0];
    await page.locator(`[data-svg-relation="${line?.id ?? ''}"]`).focus();
    await page.keyboard.press(' ');
    await expect(page.locator('.card h3').first()).toContainText(line?.label ?? 'a line');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });

    test('each pin takes a finger’s tap 18 px off its centre (a 44-px target)', async ({ page }) => {
      await page.goto('/');
      await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
      // The notice keeps to one line, so it hides little of the small map.
      await expect(page.locator('.map__notice')).toBeVisible();
      await expect(page.locator('.map__notice-more')).toBeHidden();
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
      await pin(page, 'gyumri').tap();
      await expect(page.locator('.card h3').first()).toContainText(/Gyumri/);
    });
  });

  test('a selection reframes the picture as MapLibre would: Paris comes into view for a Paris line', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
    const map = await mapSection(page).boundingBox();
    const inMap = async (id: string) => {
      const box = await pin(page, id).boundingBox();
      if (!map || !box) return false;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
    };
    const pinWidth = async (id: string) => (await pin(page, id).boundingBox())?.width ?? 0;
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
  });
});

test.describe('when the zoomable map’s code cannot be fetched', () => {
  test('the picture stays the map, says so, and still selects', async ({ page, context, problems }) => {
    // A flaky network or a half-finished deploy: the MapLibre adapter chunk never arrives.
    await context.route(/\/assets\/MapLibreMap-[^/]+\.js$/, (route) => route.abort());
    problems.expectError(/Failed to load resource: net::ERR_FAILED.*MapLibreMap-/);
    await page.goto('/');
    // A first touch of the map starts MapLibre at once (otherwise it starts once the page has settled).
    await page.locator('[data-svg-region="nagorno-karabakh"]').click();
    await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
    await expect(page.locator('.map__notice')).toContainText(/could not be downloaded; reload/);
    await page.locator('[data-svg-region="armenia"]').click();
    await expect(page.locator('.card h3').first()).toContainText(/Armenia/);
  });
});

test.describe('Download image', () => {
  test.use({ viewport: { width: 1100, height: 700 } });

  test('the PNG is a non-empty picture of the map’s size', async ({ page }) => {
    await openApp(page);
    const map = await mapSection(page).boundingBox();
    // Downloads live in a menu behind one small button, so the map's corner stays free.
    await page.getByRole('button', { name: 'Download image of this view' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
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
  });
});

test.describe('Print', () => {
  // Pages in a PDF: one "/Type /Page" object each ("/Type /Pages" is the page tree).
  const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

  // The map takes the top half of the page; only a card longer than the half left runs onto a second page:
  // Nagorno-Karabakh's, with its area table and seven dated facts, each with its source.
  const pagesOf = (hash: string) => (hash === 'region=nagorno-karabakh' ? 2 : 1);

  for (const hash of ['region=nagorno-karabakh', 'claim=russian-base']) {
    test(`#${hash} prints the map picture and the card, on ${pagesOf(hash)} page(s)`, async ({ page }) => {
      await openApp(page, hash);
      const title = (await page.locator('#card-title').textContent()) ?? '';
      await page.emulateMedia({ media: 'print' });
      // In print the picture stands in for the WebGL canvas, and the card's heading is on the page.
      await expect(page.locator('.svg-map')).toBeVisible();
      await expect(page.locator('.map__gl')).toBeHidden();
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      await expect(page.locator('.claim-list')).toBeHidden();
      expect(pageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(pagesOf(hash));
    });
  }

  test('the printed map takes at least half of the page', async ({ page }) => {
    // The page's printable box: the size the stylesheet asks for, less its margins (8 mm), in CSS pixels (96 an inch).
    const marginPx = (8 / 25.4) * 96;
    for (const hash of ['', 'claim=talks-offer', 'region=nagorno-karabakh']) {
      await openApp(page, hash);
      await page.emulateMedia({ media: 'screen' });
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      // The first page in points (72 an inch): "/MediaBox [0 0 width height]".
      const [, width = '0', height = '0'] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
      const printable = {
        width: Math.round((Number(width) * 96) / 72 - 2 * marginPx),
        height: Math.round((Number(height) * 96) / 72 - 2 * marginPx),
      };
      expect(printable.width * printable.height).toBeGreaterThan(0);
      await page.setViewportSize(printable);
      await page.emulateMedia({ media: 'print' });
      const map = await mapSection(page).boundingBox();
      expect(map, hash).not.toBeNull();
      const share = ((map?.width ?? 0) * (map?.height ?? 0)) / (printable.width * printable.height);
      expect(share, `#${hash}: the map's share of the printed page`).toBeGreaterThanOrEqual(0.5);
    }
  });

  test('a printed selection keeps every lit pin the reader saw inside the printed map', async ({ page }) => {
    // The printed map is wider and shorter than the screen's: Moscow, at the top of the screen's map, stays on paper.
    await openApp(page, '#claim=talks-offer');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.svg-map')).toBeVisible();
    const outside = await page.evaluate(() => {
      const map = document.querySelector('[data-map-state]')?.getBoundingClientRect();
      return [...document.querySelectorAll('.svg-map__pin--lit')].flatMap((pin) => {
        const dot = pin.firstElementChild?.getBoundingClientRect();
        if (!map || !dot) return ['?'];
        const [x, y] = [dot.x + dot.width / 2, dot.y + dot.height / 2];
        const inside = x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
        return inside ? [] : [pin.getAttribute('data-svg-place') ?? '?'];
      });
    });
    expect(await page.locator('.svg-map__pin--lit').count()).toBeGreaterThan(2);
    expect(outside).toEqual([]);
  });

  test.describe('with reduced motion', () => {
    // Reduced motion: MapLibre's keyboard pans jump instead of easing.
    test.use({ reducedMotion: 'reduce' });

    test('the printed picture is framed as the reader left the map, panned', async ({ page }) => {
      await openApp(page);
      // Once MapLibre is up the picture is gone; print builds it again.
      await expect(page.locator('.svg-map')).toHaveCount(0);
      await page.locator('.maplibregl-canvas').focus();
      for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
      await cameraStill(page);
      // Print reads the camera when it starts: should a pan still be under way, print again once it has ended.
      await expect(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        // Show the picture on screen, in the same box, where print would show it.
        await page.evaluate(() => {
          document.querySelector<HTMLElement>('.map > .svg-map')?.style.setProperty('display', 'flex', 'important');
          document.querySelector<HTMLElement>('.maplibregl-canvas')?.style.setProperty('visibility', 'hidden');
        });
        await expectMapLibreAt(page, await picturedPins(page, FRAMED_PLACES));
      }).toPass();
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      // After printing, the picture is gone again.
      await expect(page.locator('.svg-map')).toHaveCount(0);
    });
  });

  // What prints is the picture and the card, with or without WebGL (the two tests above print over a live map). Without
  // it no canvas redraws at each of some fifty selections: the test takes about half the time, and the page's notice
  // that WebGL is missing is on the page too.
  test(
    'every selection in the story, and none, prints on one page but the longest card',
    { tag: '@no-webgl' },
    async ({ page }) => {
      // Some fifty PDFs, one after another.
      test.slow();
      const hashes = [
        '',
        ...story.regions.map((region) => `region=${region.id}`),
        ...story.places.map((place) => `place=${place.id}`),
        ...story.relations.map((relation) => `relation=${relation.id}`),
        ...story.claims.map((claim) => `claim=${claim.id}`),
      ];
      await page.goto('/');
      await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: 30_000 });
      const overflowing: string[] = [];
      for (const hash of hashes) {
        // The hash drives the selection, as a followed link does, without reloading the page.
        await page.evaluate((next) => (window.location.hash = next), hash);
        const [kind = '', id = ''] = hash.split('=');
        const chosen =
          kind === 'claim'
            ? `[data-claim="${id}"][aria-pressed="true"]`
            : `[data-index="${kind}:${id}"][aria-pressed="true"]`;
        await expect(page.locator(hash === '' ? '.panel:not(:has(#card-title))' : chosen)).toBeAttached();
        const pages = pageCount(await page.pdf({ preferCSSPageSize: true }));
        if (pages !== pagesOf(hash)) overflowing.push(`${hash}: ${pages} pages`);
      }
      expect(overflowing).toEqual([]);
    },
  );
});
