// The first paint needs nothing but the HTML: with every other request refused, the page still paints the map picture
// and the claims, laid out and styled by the app's own stylesheet. Then the app takes that very markup over (a tap
// before it did: early-taps.test.ts).
import type { Page } from '@playwright/test';
import { loadShippedStory } from '../../src/story/fixtures/shippedStory';
import { daysBetween, isoToday } from '../../src/time/dates';
import { formatDate } from '../../src/ui/format';
import { PHONE_VIEWPORT } from './support/app';
import { elementStyles, styleOf } from './support/elementStyles';
import { expect, test, type PageProblems } from './support/test';

const story = loadShippedStory();
const DESKTOP = { width: 1280, height: 800 };

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}

/** The page with every request but the document itself refused: no script, stylesheet, data or font. */
async function htmlAlone(page: Page, problems: PageProblems, path = '/'): Promise<void> {
  // The browser logs each refused file: expected here.
  problems.allowError(/Failed to load resource/);
  await page
    .context()
    .route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
  await page.goto(path);
}

test.describe('the HTML alone', () => {
  test('at the editor’s address, says the editor is loading instead of showing the reader’s first view', async ({
    page,
    problems,
  }) => {
    await htmlAlone(page, problems, '/?edit');
    await expect(page.locator('#root')).toHaveText('Loading the story editor…');
  });

  test.describe('on a desktop', () => {
    test.use({ viewport: DESKTOP });
    test('paints the picture beside the claims, styled', async ({ page, problems }) => {
      await htmlAlone(page, problems);
      const map = await boxOf(page, '.map');
      const picture = await boxOf(page, '.map svg');
      const panel = await boxOf(page, '.panel');
      // The map fills the window's height left of a 320–420 px panel, and the picture sits inside the map.
      expect(map.height).toBe(DESKTOP.height);
      expect(panel.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
      expect(panel.width).toBeGreaterThanOrEqual(320);
      expect(panel.width).toBeLessThanOrEqual(420);
      expect(picture.width).toBeGreaterThan(map.width / 2);
      expect(picture.x).toBeGreaterThanOrEqual(map.x);
      expect(picture.x + picture.width).toBeLessThanOrEqual(map.x + map.width + 1);
      expect(await styleOf(page, '.map', 'background-color')).toBe('rgb(220, 231, 238)');
      expect(await page.locator('.map [data-svg-place]').count()).toBe(story.places.length);

      // The claims are the app's claim rows: full-width, left-aligned, ruled, with the parts in the accent colour.
      const claims = page.locator('button[data-claim]');
      expect(await claims.count()).toBe(story.claims.length);
      expect(await claims.first().textContent()).toContain(story.claims[0]?.text);
      const row = await boxOf(page, 'button[data-claim]');
      expect(row.x).toBeGreaterThanOrEqual(panel.x);
      expect(row.width).toBeGreaterThan(panel.width * 0.8);
      expect(await styleOf(page, 'button[data-claim]', 'text-align')).toBe('left');
      expect(await styleOf(page, 'button[data-claim]', 'border-bottom-style')).toBe('solid');
      expect(await styleOf(page, '.claim-item__parts', 'color')).toBe('rgb(154, 52, 18)');
      expect(await styleOf(page, '.panel h2', 'font-size')).toBe('20px');
    });
  });

  test('draws no image, not even in the browser’s own parts of a field, and builds no date field', async ({
    page,
    problems,
  }) => {
    // An image in the first frame is a document to build (Chromium's calendar icon, an SVG, took ~40 ms at 4× CPU), and
    // a date field sets up the browser's date formats (~100 ms at 4× CPU): the day is shown in words until the app's.
    await htmlAlone(page, problems);
    const elements = await elementStyles(page);
    const imaged = elements
      .filter(({ style }) => style['background-image'] && style['background-image'] !== 'none')
      .map(({ name, pseudo, style }) => `${name} ${pseudo ?? ''} ${style['background-image'] ?? ''}`);
    expect(imaged).toEqual([]);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const day = page.getByLabel('Any day');
    await expect(day).toHaveValue(formatDate(story.article.eventDate));
    await expect(day).not.toBeEditable();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
    test('paints the picture above the sheet of claims, styled', async ({ page, problems }) => {
      await htmlAlone(page, problems);
      const map = await boxOf(page, '.map');
      const panel = await boxOf(page, '.panel');
      const picture = await boxOf(page, '.map svg');
      // The map above, the sheet below at half the screen; nothing overflows the phone's width.
      expect(map.y).toBe(0);
      expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(Math.abs(panel.height - PHONE_VIEWPORT.height / 2)).toBeLessThanOrEqual(2);
      expect(picture.y + picture.height).toBeLessThanOrEqual(map.y + map.height + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE_VIEWPORT.width);
      expect(await styleOf(page, '.panel', 'border-top-left-radius')).toBe('14px');
      // Phones get no text under 16 px, in the panel as on the picture.
      expect(await styleOf(page, 'button[data-claim] .claim-item__text', 'font-size')).toBe('16px');
      await page.locator('button[data-claim]').first().scrollIntoViewIfNeeded();
      await expect(page.locator('button[data-claim]').first()).toBeVisible();
    });
  });
});

test.describe('the app takes the first view over', () => {
  test('in place: the elements painted first are the ones it keeps, and nothing is drawn twice', async ({ page }) => {
    // Before any of the page's scripts: remember the first view's elements, and every element ever removed.
    await page.addInitScript(() => {
      const seen: { removed: Element[]; first: Element[] } = { removed: [], first: [] };
      Object.assign(window, { firstView: seen });
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes) if (node instanceof Element) seen.removed.push(node);
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => {
        const firstViewParts = ['.panel h2', 'button[data-claim]', '.map svg', '.date-control__field'];
        seen.first = firstViewParts.flatMap((s) => [...document.querySelectorAll(s)]);
      });
    });
    await page.goto('/');
    // Taken over: the picture is fitted to its measured box, which only the app does.
    await expect(page.locator('html[data-taken-over] .svg-map--fitted')).toBeAttached();
    const kept = await page.evaluate(() => {
      const { firstView } = window as unknown as { firstView: { removed: Element[]; first: Element[] } };
      return {
        // Moved is fine (the fitted picture orders its pins for its labels); gone means drawn again.
        removed: firstView.removed.filter((node) => !node.isConnected).map((node) => node.outerHTML.slice(0, 80)),
        first: firstView.first.length,
        stillThere: firstView.first.filter((element) => element.isConnected).length,
      };
    });
    expect(kept.first).toBeGreaterThan(story.claims.length);
    expect(kept.stillThere).toBe(kept.first);
    expect(kept.removed).toEqual([]);
  });

  test('with the story the build checked: neither the story checker, the editor nor a country file is downloaded', async ({
    page,
  }) => {
    const requested: string[] = [];
    const scripts: Promise<string>[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await page.goto('/');
    await expect(page.locator('html[data-taken-over] .svg-map--fitted')).toBeAttached();
    // The build emits the shipped story checked (vite-plugins/defaultStory.ts); the checker is src/story/parse.ts's chunk.
    expect(requested.filter((path) => /\/assets\/default-story-[\w-]+\.json$/.test(path))).toHaveLength(1);
    expect(requested.filter((path) => /\/assets\/parse-[\w-]+\.js$/.test(path))).toEqual([]);
    // The editor (`?edit`) is a chunk, and a stylesheet, of its own: none of its code comes with the reader's page.
    expect(requested.filter((path) => path.includes('/assets/startEditor-'))).toEqual([]);
    const downloaded = await Promise.all(scripts);
    expect(downloaded.length).toBeGreaterThan(0);
    const withEditor = downloaded.filter((code) => code.includes('Make a claim from the selected words'));
    expect(withEditor.length, 'scripts of the reader’s page that carry the editor’s code').toBe(0);
    // Its regions are the built map data's: no country file is fetched.
    expect(requested.filter((path) => path.includes('/data/countries/'))).toEqual([]);
  });

  test('the day in words becomes a date field in place, with its calendar button drawn, and choosing a day shows it', async ({
    page,
  }) => {
    // The field's box as first painted, before the app (which waits for its data) can have taken the page over. That it
    // stays the same element is the in-place test's, above.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const box = document.querySelector('.date-control__field')?.getBoundingClientRect();
        Object.assign(window, { firstFieldBox: box && { x: box.x, y: box.y, width: box.width, height: box.height } });
      }),
    );
    await page.goto('/');
    const day = page.getByLabel('Any day');
    await expect(page.locator('html[data-taken-over] input[type="date"]')).toHaveValue(story.article.eventDate);
    // The same box as the day in words: nothing moved.
    const before = await page.evaluate(() => (window as unknown as { firstFieldBox?: unknown }).firstFieldBox);
    const after = await day.evaluate((field) => field.getBoundingClientRect());
    expect(before).toEqual({ x: after.x, y: after.y, width: after.width, height: after.height });
    // Its calendar button is drawn by the page, with no image: a box with a heavier top edge.
    const calendar = (await elementStyles(page, '.date-control__field')).find(
      ({ pseudo }) => pseudo === '-webkit-calendar-picker-indicator',
    );
    expect(calendar?.style['background-image']).toBe('none');
    expect(calendar?.style['display']).not.toBe('none');
    expect(parseFloat(calendar?.style['width'] ?? '0')).toBeGreaterThanOrEqual(10);
    expect(parseFloat(calendar?.style['border-top-width'] ?? '0')).toBeGreaterThan(
      parseFloat(calendar?.style['border-left-width'] ?? '0'),
    );
    await day.fill('2021-03-01');
    await expect(page.getByTestId('shown-date')).toContainText(formatDate('2021-03-01'));
  });

  test('on a later day than it was built: in place, and then the date control counts to the reader’s day', async ({
    page,
  }) => {
    // Two days after the build, the first view's "today" is not the reader's: React must not throw that view away
    // (it logs a hydration error, which fails this test, and draws everything a second time).
    const readersDay = new Date(Date.now() + 2 * 86_400_000);
    await page.clock.setFixedTime(readersDay);
    await page.goto('/');
    const builtOn = await page.locator('html').getAttribute('data-built-on');
    expect(builtOn).toBe(isoToday());
    await expect(page.locator('html[data-taken-over] .svg-map--fitted')).toBeAttached();
    await expect(page.getByRole('slider', { name: 'Day shown on the map' })).toHaveAttribute(
      'max',
      String(daysBetween(story.article.eventDate, isoToday(readersDay))),
    );
  });
});
