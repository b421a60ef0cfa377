// Embedding: a news page on another origin embeds the map with embed.js; its sentences and the map drive each other.
import type { Frame, Page } from '@playwright/test';
import { mapReady } from './support/app';
import { expect, test } from './support/test';

/** The map's frame, once the map inside it is ready (nobody touches it: the frame starts MapLibre on its own). */
async function mapFrame(page: Page, iframe = '[data-conflict-map] iframe'): Promise<Frame> {
  const element = page.locator(iframe);
  await expect(element).toBeAttached();
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`${iframe} has no frame`);
  await mapReady(frame, { untouched: true });
  return frame;
}

const chosenClaim = (frame: Frame) => frame.locator('.claim-item[aria-pressed="true"]');
const currentOnHost = (page: Page) =>
  page
    .locator('[data-claim][aria-current="true"].conflict-map-current')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')));
const noSidewaysScroll = (target: Page | Frame) =>
  target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const heightOf = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())?.height ?? 0;
const IFRAME = '[data-conflict-map] iframe';

/**
 * Issue 15: embed.js sandboxes the map's frame without allow-same-origin, so the frame's origin is opaque ("null") and
 * every module script and stylesheet of the app is a cross-origin request. A plain static server (nginx, S3, `python3
 * -m http.server`) sends no Access-Control-Allow-Origin, so the frame stays blank. These tests passed only against
 * `vite preview`, which sends CORS headers; they stay as they are, marked fixme, until issue 15 is fixed.
 */
const fixmeIssue15 = test.fixme;

test.describe('a news page embeds the map with one script and one div', () => {
  test.use({ viewport: { width: 1100, height: 900 } });

  fixmeIssue15('the iframe is accessible, sandboxed, lazy, and as tall as its content', async ({ page, newsSite }) => {
    await page.goto(`${newsSite.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator(IFRAME);
    await expect(iframe).toHaveAttribute('title', 'Map of the conflict over Nagorno-Karabakh');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    const fits = async () => {
      const inner = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }));
      return Math.abs((await heightOf(page, IFRAME)) - inner.scroll) <= 2 && inner.scroll <= inner.client;
    };
    await expect.poll(fits).toBe(true);
    // Opening the panel makes the content taller: the iframe follows.
    const before = await heightOf(page, IFRAME);
    await frame.locator('.embed__panel > summary').click();
    await expect.poll(() => heightOf(page, IFRAME)).toBeGreaterThan(before + 200);
    await expect.poll(fits).toBe(true);
  });

  fixmeIssue15(
    'a sentence in the article selects its claim; a claim picked in the map marks its sentence',
    async ({ page, newsSite, baseURL }) => {
      await page.goto(`${newsSite.baseUrl}host-article.html`);
      const frame = await mapFrame(page);
      await page.locator('[data-claim="area"]').click();
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'area');
      await expect.poll(() => currentOnHost(page)).toEqual(['area']);
      expect(await frame.evaluate(() => document.title)).toMatch(/^Claim: /);
      // With the panel closed, the status line says what the map shows.
      await expect(frame.locator('.embed__status')).toHaveText(/^Claim: .*square miles/);

      // Focusing a sentence with the keyboard does the same.
      await page.locator('[data-claim="landlocked"]').focus();
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'landlocked');

      const closedHeight = await heightOf(page, IFRAME);
      await frame.locator('.embed__panel > summary').click();
      // The frame grows to fit the open panel: click once it has, or the click could land on the host page beneath.
      await expect.poll(() => heightOf(page, IFRAME)).toBeGreaterThan(closedHeight + 200);
      // Picked with the keyboard: under load the frame can still be settling (a resize, MapLibre starting), and a click by
      // coordinates could then land on the claim next to it.
      await frame.locator('.claim-item[data-claim="talks-offer"]').press('Enter');
      await expect.poll(() => currentOnHost(page)).toEqual(['talks-offer']);
      await expect(page.locator('[data-claim="area"]')).not.toHaveAttribute('aria-current');

      // The link to the full map carries the selection and opens in a new tab.
      const link = frame.locator('.embed__footer a');
      await expect(link).toHaveAttribute('href', `${baseURL ?? ''}#claim=talks-offer`);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener');

      // Clearing from the map clears the marks.
      await frame.locator('.panel__back').click();
      await expect.poll(() => currentOnHost(page)).toEqual([]);
    },
  );

  fixmeIssue15(
    'messages from another frame or of the wrong shape change nothing and log no errors',
    async ({ page, newsSite }) => {
      await page.goto(`${newsSite.baseUrl}host-article.html`);
      const frame = await mapFrame(page);
      await expect.poll(() => heightOf(page, IFRAME)).toBeGreaterThan(300);

      const other = page.frame({ url: 'about:srcdoc' });
      if (!other) throw new Error('no sibling frame');
      // A sibling frame tries to drive the map, and to resize it through the host script.
      await other.evaluate(() => {
        const map = parent.document.querySelector<HTMLIFrameElement>('[data-conflict-map] iframe')?.contentWindow;
        map?.postMessage({ type: 'conflict-map:focus', version: 1, claim: 'status' }, '*');
        parent.postMessage({ type: 'conflict-map:resize', version: 1, height: 40 }, '*');
        parent.postMessage({ type: 'conflict-map:select', version: 1, kind: 'claim', id: 'status' }, '*');
      });
      // The host page itself sends nonsense, then one good command.
      await page.evaluate(() => {
        const map = document.querySelector<HTMLIFrameElement>('[data-conflict-map] iframe')?.contentWindow;
        for (const bad of [
          null,
          'focus status',
          [1],
          { type: 'conflict-map:focus', version: 2, claim: 'status' },
          { type: 'conflict-map:focus', version: 1, claim: 42 },
          { type: 'conflict-map:focus', version: 1, claim: 'status', region: 'armenia' },
          { type: 'conflict-map:explode', version: 1 },
        ]) {
          map?.postMessage(bad, '*');
        }
        map?.postMessage({ type: 'conflict-map:focus', version: 1, claim: 'landlocked' }, '*');
      });
      await expect.poll(() => currentOnHost(page)).toEqual(['landlocked']);
      const selectsFromMap = await page.evaluate(() =>
        (window as unknown as { mapMessages: { data: { type?: string; id?: unknown }; origin: string }[] }).mapMessages
          .filter((message) => message.origin !== location.origin && message.data.type === 'conflict-map:select')
          .map((message) => message.data.id),
      );
      expect(selectsFromMap).toEqual([null, 'landlocked']);
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'landlocked');
      // The sibling's resize to 40 px was ignored: the iframe still matches its content.
      const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
      await expect.poll(async () => Math.abs((await heightOf(page, IFRAME)) - contentHeight)).toBeLessThanOrEqual(2);
      expect(contentHeight).toBeGreaterThan(300);
    },
  );

  fixmeIssue15(
    'a bare <iframe sandbox="allow-scripts"> (opaque origin, no storage) shows the map and talks to its parent',
    async ({ page, newsSite }) => {
      await page.goto(`${newsSite.baseUrl}plain-sandbox.html`);
      const frame = await mapFrame(page, 'iframe');
      expect(await frame.evaluate(() => origin)).toBe('null');
      const said = () =>
        page.evaluate(() =>
          (window as unknown as { mapMessages: { data: { type: string }; origin: string }[] }).mapMessages.map(
            (m) => `${m.origin} ${m.data.type}`,
          ),
        );
      await expect.poll(said).toEqual(expect.arrayContaining(['null conflict-map:ready', 'null conflict-map:resize']));
      await expect(frame.locator('.card h3').first()).toHaveText('Nagorno-Karabakh');
    },
  );

  fixmeIssue15(
    'with data-conflict-map-scroll, the sentence reaching the middle of the viewport focuses its claim',
    async ({ page, newsSite }) => {
      await page.goto(`${newsSite.baseUrl}host-scroll.html`);
      const frame = await mapFrame(page);
      await page.evaluate(() =>
        document.querySelector('[data-claim="landlocked"]')?.scrollIntoView({ block: 'center' }),
      );
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'landlocked');
      await page.evaluate(() => document.querySelector('[data-claim="area"]')?.scrollIntoView({ block: 'center' }));
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'area');
    },
  );

  test.describe('at 320 px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    fixmeIssue15('nothing scrolls sideways, on the page or in the map', async ({ page, newsSite }) => {
      await page.goto(`${newsSite.baseUrl}host-article.html`);
      const frame = await mapFrame(page);
      await frame.locator('.embed__panel > summary').click();
      await page.locator('[data-claim="area"]').click();
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'area');
      expect(await noSidewaysScroll(frame)).toBe(0);
      expect(await noSidewaysScroll(page)).toBe(0);
    });
  });
});

test.describe('the shipped example page', () => {
  test.use({ viewport: { width: 1100, height: 900 } });
  fixmeIssue15('works under its strict Content-Security-Policy', async ({ page }) => {
    await page.goto('/embed-example.html');
    const frame = await mapFrame(page);
    // The reader scrolls to the sentence, then clicks it (a scroll-and-click in one step missed the span in headless Chromium).
    await page.mouse.wheel(0, 400);
    await page.locator('[data-claim="russian-base"]').click();
    await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'russian-base');
    await expect.poll(() => currentOnHost(page)).toEqual(['russian-base']);
  });
});

test.describe('sharing from the full app', () => {
  test.use({ viewport: { width: 1100, height: 900 } });

  test('copies the link to the current view and the embed snippet for it', async ({ page, context, baseURL }) => {
    const appUrl = baseURL ?? '';
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
    await page.goto('/#claim=area');
    await page.getByRole('button', { name: 'Share this view' }).click();
    await expect(page.getByLabel('Link to this view')).toHaveValue(`${appUrl}#claim=area`);
    await expect(page.getByLabel('Embed code for this view')).toHaveValue(
      `<div data-conflict-map="${appUrl}#claim=area"></div>\n<script src="${appUrl}embed.js" defer></script>`,
    );
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText('Embed code for this view copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `data-conflict-map="${appUrl}#claim=area"`,
    );
  });

  test('where copying is refused, the text is left selected with a message', async ({ page, baseURL }) => {
    await page.goto('/#region=armenia');
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
    );
    await page.getByRole('button', { name: 'Share this view' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.share__status')).toContainText(/not allowed here/);
    const selected = await page
      .getByLabel('Link to this view')
      .evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd));
    expect(selected).toBe(`${baseURL ?? ''}#region=armenia`);
  });
});

test.describe('?embed=1 on its own', () => {
  for (const viewport of [
    { width: 280, height: 320 },
    { width: 1200, height: 800 },
  ]) {
    test.describe(`at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });
      test('map, collapsible panel, credits and the full-map link, no sideways scroll', async ({ page, baseURL }) => {
        await page.goto('/?embed=1#region=nagorno-karabakh');
        await mapReady(page, { untouched: true });
        const map = await page.locator('.map').boundingBox();
        // The whole width inside the page's scrollbar (a classic one takes room when the frame scrolls).
        expect(map?.width).toBe(await page.evaluate(() => document.documentElement.clientWidth));
        expect(map?.height ?? 0).toBeGreaterThanOrEqual(200);
        await expect(page.locator('.embed__panel')).not.toHaveAttribute('open');
        await expect(page.locator('.embed__footer')).toContainText(/Natural Earth/);
        await expect(page.locator('.embed__footer a')).toHaveAttribute(
          'href',
          `${baseURL ?? ''}#region=nagorno-karabakh`,
        );
        expect(await noSidewaysScroll(page)).toBe(0);
        await page.locator('.embed__panel > summary').click();
        await expect(page.locator('.card h3').first()).toBeVisible();
        expect(await noSidewaysScroll(page)).toBe(0);
        // Embedded, selections stay out of history: the host page's back button is the reader's.
        const historyBefore = await page.evaluate(() => history.length);
        await page.locator('.claim-item[data-claim="area"]').click();
        await expect(page.locator('.claim-item[data-claim="area"]')).toHaveAttribute('aria-pressed', 'true');
        expect(await noSidewaysScroll(page)).toBe(0);
        expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      });
    });
  }
});
