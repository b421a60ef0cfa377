// Embedding: a news page on another origin embeds the map with embed.js; its sentences and the map drive each other.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser';
import { startHostServer, type HostServer } from './support/hostServer';

let browser: Browser;
let host: HostServer;
const appUrl = inject('baseUrl');
const opened: OpenedPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer(appUrl);
});

afterAll(async () => {
  for (const { consoleErrors } of opened) expect(consoleErrors).toEqual([]);
  await browser.close();
  await host.close();
});

async function open(url: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
  const result = await openPage(browser, { baseUrl: url, viewport });
  opened.push(result);
  return result.page;
}

/** The map's frame, once the map inside it is ready. */
async function mapFrame(page: Page, iframe = '[data-conflict-map] iframe'): Promise<Frame> {
  const handle = await page.waitForSelector(iframe, { state: 'attached', timeout: 10_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${iframe} has no frame`);
  await frame.waitForSelector('[data-map-state="ready"]', { state: 'attached', timeout: 45_000 });
  return frame;
}

const chosenClaim = (frame: Frame) =>
  frame.locator('.claim-item[aria-pressed="true"]').getAttribute('data-claim', { timeout: 10_000 });
const currentOnHost = (page: Page) =>
  page
    .locator('[data-claim][aria-current="true"].conflict-map-current')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')));
const noSidewaysScroll = (target: Page | Frame) =>
  target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a news page embeds the map with one script and one div', () => {
  test('the iframe is accessible, sandboxed, lazy, and as tall as its content', async () => {
    const page = await open(`${host.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator('[data-conflict-map] iframe');
    expect(await iframe.getAttribute('title')).toBe('Map of the conflict over Nagorno-Karabakh');
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox');
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    const fits = async () => {
      const inner = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }));
      const outer = (await iframe.boundingBox())?.height ?? 0;
      return Math.abs(outer - inner.scroll) <= 2 && inner.scroll <= inner.client;
    };
    await expect.poll(fits, { timeout: 10_000 }).toBe(true);
    // Opening the panel makes the content taller: the iframe follows.
    const before = (await iframe.boundingBox())?.height ?? 0;
    await frame.locator('.embed__panel > summary').click();
    await expect
      .poll(async () => ((await iframe.boundingBox())?.height ?? 0) > before + 200, { timeout: 10_000 })
      .toBe(true);
    await expect.poll(fits, { timeout: 10_000 }).toBe(true);
    await page.context().close();
  });

  test('a sentence in the article selects its claim; a claim picked in the map marks its sentence', async () => {
    const page = await open(`${host.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    await page.locator('[data-claim="area"]').click();
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('area');
    await expect.poll(() => currentOnHost(page), { timeout: 10_000 }).toEqual(['area']);
    expect(await frame.evaluate(() => document.title)).toMatch(/^Claim: /);
    // With the panel closed, the status line says what the map shows.
    expect(await frame.locator('.embed__status').textContent()).toMatch(/^Claim: .*square miles/);

    // Focusing a sentence with the keyboard does the same.
    await page.locator('[data-claim="landlocked"]').focus();
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('landlocked');

    const iframe = page.locator('[data-conflict-map] iframe');
    const closedHeight = (await iframe.boundingBox())?.height ?? 0;
    await frame.locator('.embed__panel > summary').click();
    // The frame grows to fit the open panel: click once it has, or the click could land on the host page beneath.
    await expect
      .poll(async () => ((await iframe.boundingBox())?.height ?? 0) > closedHeight + 200, { timeout: 10_000 })
      .toBe(true);
    // Picked with the keyboard: under load the frame can still be settling (a resize, MapLibre starting), and a click by
    // coordinates could then land on the claim next to it.
    await frame.locator('.claim-item[data-claim="talks-offer"]').press('Enter');
    await expect.poll(() => currentOnHost(page), { timeout: 10_000 }).toEqual(['talks-offer']);
    expect(await page.locator('[data-claim="area"]').getAttribute('aria-current')).toBeNull();

    // The link to the full map carries the selection and opens in a new tab.
    const link = frame.locator('.embed__footer a');
    expect(await link.getAttribute('href')).toBe(`${appUrl}#claim=talks-offer`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');

    // Clearing from the map clears the marks.
    await frame.locator('.panel__back').click();
    await expect.poll(() => currentOnHost(page), { timeout: 10_000 }).toEqual([]);
    await page.context().close();
  });

  test('messages from another frame or of the wrong shape change nothing and log no errors', async () => {
    const page = await open(`${host.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator('[data-conflict-map] iframe');
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(300);

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
    await expect.poll(() => currentOnHost(page), { timeout: 10_000 }).toEqual(['landlocked']);
    const selectsFromMap = await page.evaluate(() =>
      (window as unknown as { mapMessages: { data: { type?: string; id?: unknown }; origin: string }[] }).mapMessages
        .filter((message) => message.origin !== location.origin && message.data.type === 'conflict-map:select')
        .map((message) => message.data.id),
    );
    expect(selectsFromMap).toEqual([null, 'landlocked']);
    expect(await chosenClaim(frame)).toBe('landlocked');
    // The sibling's resize to 40 px was ignored: the iframe still matches its content.
    const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
    await expect
      .poll(async () => Math.abs(((await iframe.boundingBox())?.height ?? 0) - contentHeight), { timeout: 5_000 })
      .toBeLessThanOrEqual(2);
    expect(contentHeight).toBeGreaterThan(300);
    await page.context().close();
  });

  test('a bare <iframe sandbox="allow-scripts"> (opaque origin, no storage) shows the map and talks to its parent', async () => {
    const page = await open(`${host.baseUrl}plain-sandbox.html`);
    const frame = await mapFrame(page, 'iframe');
    expect(await frame.evaluate(() => origin)).toBe('null');
    const said = () =>
      page.evaluate(() =>
        (window as unknown as { mapMessages: { data: { type: string }; origin: string }[] }).mapMessages.map(
          (m) => `${m.origin} ${m.data.type}`,
        ),
      );
    await expect
      .poll(said, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['null conflict-map:ready', 'null conflict-map:resize']));
    expect(await frame.locator('.card h3').first().textContent()).toBe('Nagorno-Karabakh');
    await page.context().close();
  });

  test('with data-conflict-map-scroll, the sentence reaching the middle of the viewport focuses its claim', async () => {
    const page = await open(`${host.baseUrl}host-scroll.html`);
    const frame = await mapFrame(page);
    await page.evaluate(() => document.querySelector('[data-claim="landlocked"]')?.scrollIntoView({ block: 'center' }));
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('landlocked');
    await page.evaluate(() => document.querySelector('[data-claim="area"]')?.scrollIntoView({ block: 'center' }));
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('area');
    await page.context().close();
  });

  test('at 320 px wide nothing scrolls sideways, on the page or in the map', async () => {
    const page = await open(`${host.baseUrl}host-article.html`, { width: 320, height: 640 });
    const frame = await mapFrame(page);
    await frame.locator('.embed__panel > summary').click();
    await page.locator('[data-claim="area"]').click();
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('area');
    expect(await noSidewaysScroll(frame)).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(0);
    await page.context().close();
  });
});

describe('the shipped example page', () => {
  test('works under its strict Content-Security-Policy', async () => {
    const page = await open(`${appUrl}embed-example.html`);
    const frame = await mapFrame(page);
    // The reader scrolls to the sentence, then clicks it (a scroll-and-click in one step missed the span in headless Chromium).
    await page.mouse.wheel(0, 400);
    await page.locator('[data-claim="russian-base"]').click();
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('russian-base');
    await expect.poll(() => currentOnHost(page), { timeout: 10_000 }).toEqual(['russian-base']);
    await page.context().close();
  });
});

describe('sharing from the full app', () => {
  test('copies the link to the current view and the embed snippet for it', async () => {
    const page = await open(`${appUrl}#claim=area`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
    await page.getByRole('button', { name: 'Share this view' }).click();
    expect(await page.getByLabel('Link to this view').inputValue()).toBe(`${appUrl}#claim=area`);
    expect(await page.getByLabel('Embed code for this view').inputValue()).toBe(
      `<div data-conflict-map="${appUrl}#claim=area"></div>\n<script src="${appUrl}embed.js" defer></script>`,
    );
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'copied' }).textContent(), { timeout: 5_000 })
      .toBe('Embed code for this view copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `data-conflict-map="${appUrl}#claim=area"`,
    );
    await page.context().close();
  });

  test('where copying is refused, the text is left selected with a message', async () => {
    const page = await open(`${appUrl}#region=armenia`);
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      }),
    );
    await page.getByRole('button', { name: 'Share this view' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.locator('.share__status').textContent(), { timeout: 5_000 })
      .toMatch(/not allowed here/);
    const selected = await page
      .getByLabel('Link to this view')
      .evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd));
    expect(selected).toBe(`${appUrl}#region=armenia`);
    await page.context().close();
  });
});

describe('?embed=1 on its own', () => {
  test.each([
    { width: 280, height: 320 },
    { width: 1200, height: 800 },
  ])(
    'at $width×$height: map, collapsible panel, credits and the full-map link, no sideways scroll',
    async (viewport) => {
      const page = await open(`${appUrl}?embed=1#region=nagorno-karabakh`, viewport);
      await page.waitForSelector('[data-map-state="ready"]', { state: 'attached', timeout: 45_000 });
      const map = await page.locator('.map').boundingBox();
      expect(map?.width).toBe(viewport.width);
      expect(map?.height ?? 0).toBeGreaterThanOrEqual(200);
      expect(await page.locator('.embed__panel').getAttribute('open')).toBeNull();
      expect(await page.locator('.embed__footer').textContent()).toMatch(/Natural Earth/);
      expect(await page.locator('.embed__footer a').getAttribute('href')).toBe(`${appUrl}#region=nagorno-karabakh`);
      expect(await noSidewaysScroll(page)).toBe(0);
      await page.locator('.embed__panel > summary').click();
      await page.locator('.card h3').first().waitFor({ timeout: 10_000 });
      expect(await noSidewaysScroll(page)).toBe(0);
      // Embedded, selections stay out of history: the host page's back button is the reader's.
      const historyBefore = await page.evaluate(() => history.length);
      await page.locator('.claim-item[data-claim="area"]').click();
      await page.locator('.claim-item[data-claim="area"][aria-pressed="true"]').waitFor({ timeout: 10_000 });
      expect(await noSidewaysScroll(page)).toBe(0);
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      await page.context().close();
    },
  );
});
