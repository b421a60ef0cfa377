// Embedding: a news page on another origin embeds the map with embed.js; its sentences and the map drive each other.
// The app is served as an ordinary host serves it (no CORS headers, no .mjs type), in a browser with classic scroll bars.
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser';
import { repoRoot } from './support/global-setup';
import { startHostServer, type HostServer } from './support/hostServer';
import { startStaticServer, type StaticServer } from './support/staticServer';

let browser: Browser;
let app: StaticServer;
let host: HostServer;
/** The test pages again, from the app's host name on another port: a frame of the map's site that is not the map. */
let fixtures: StaticServer;
let appUrl = '';
const opened: OpenedPage[] = [];
/** Pages whose console errors are the point of the test (files refused on purpose). */
const expectingErrors = new Set<Page>();

beforeAll(async () => {
  browser = await launchBrowser({ classicScrollbars: true });
  app = await startStaticServer(join(repoRoot, 'dist'));
  appUrl = app.baseUrl;
  host = await startHostServer(appUrl);
  fixtures = await startStaticServer(join(repoRoot, 'tests/e2e/fixtures'));
});

afterAll(async () => {
  for (const { page, consoleErrors } of opened) if (!expectingErrors.has(page)) expect(consoleErrors).toEqual([]);
  await browser.close();
  await host.close();
  await app.close();
  await fixtures.close();
});

async function open(url: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
  const result = await openPage(browser, { baseUrl: url, viewport });
  opened.push(result);
  return result.page;
}

/** The map's frame, once the map inside it is ready. */
async function mapFrame(page: Page, iframe = '[data-conflict-map] iframe'): Promise<Frame> {
  const handle = await page.waitForSelector(iframe, { state: 'attached', timeout: 30_000 });
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
/** The ids of the map's select messages, in order, as the host page received them. */
const selectsFromMap = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { mapMessages: { data: { type?: string; id?: unknown } }[] }).mapMessages
      .filter((message) => message.data.type === 'conflict-map:select')
      .map((message) => message.data.id),
  );
const noSidewaysScroll = (target: Page | Frame) =>
  target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('a news page embeds the map with one script and one div', () => {
  test('the iframe is accessible, sandboxed, lazy, and as tall as its content', async () => {
    const page = await open(`${host.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator('[data-conflict-map] iframe');
    expect(await iframe.getAttribute('title')).toBe('Map of the conflict over Nagorno-Karabakh');
    expect(await iframe.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
    );
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

  test('a plain iframe and the sandboxed iframe EMBEDDING.md documents both show the map, with no CORS headers', async () => {
    const page = await open(`${host.baseUrl}iframes.html`);
    const plain = await mapFrame(page, '#plain');
    const sandboxed = await mapFrame(page, '#sandboxed');
    expect(await plain.locator('.embed__status').textContent()).toMatch(/Nagorno-Karabakh/);
    expect(await sandboxed.locator('.embed__status').textContent()).toMatch(/^Claim: /);
    // The app's stylesheet applies (an unstyled page would have Times and no layout).
    expect(await sandboxed.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/Times/);
    const said = await page.evaluate(() =>
      (window as unknown as { mapMessages: { data: { type: string } }[] }).mapMessages.map((m) => m.data.type),
    );
    expect(said).toEqual(expect.arrayContaining(['conflict-map:ready', 'conflict-map:resize']));
    await page.context().close();
  });

  test('a bare sandbox="allow-scripts" cannot load the map from a plain host: the frame says why and tells its page', async () => {
    const page = await open(`${host.baseUrl}plain-sandbox.html`);
    expectingErrors.add(page);
    const handle = await page.waitForSelector('iframe', { state: 'attached' });
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no frame');
    const alert = frame.locator('.start-failure[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(
      /^The interactive map could not start: .*sandbox without “allow-same-origin”/,
    );
    expect(await alert.locator('a').getAttribute('href')).toBe(`${appUrl}#region=nagorno-karabakh`);
    const failures = () =>
      page.evaluate(() =>
        (window as unknown as { mapMessages: { data: { type: string; reason?: string } }[] }).mapMessages
          .filter((m) => m.data.type === 'conflict-map:failed')
          .map((m) => m.data.reason),
      );
    await expect.poll(failures, { timeout: 10_000 }).toEqual([expect.stringMatching(/allow-same-origin/)]);
    // The build-time picture and claims stay readable under the message.
    expect(await frame.locator('.static-shell .claim-item').count()).toBeGreaterThan(3);
    await page.context().close();
  });

  test('when the map cannot start, the news page says so in words, with a link to the map', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    // The map's code never arrives (a broken deploy, a filter on the reader's network).
    await context.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${host.baseUrl}host-article.html`);
    const note = page.locator('[data-conflict-map] .conflict-map-note');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.textContent()).toMatch(
      /^The interactive map could not start: a file it needs \(.*index-.*\.js\)/,
    );
    expect(await note.locator('a').getAttribute('href')).toBe(appUrl);
    await context.close();
  });

  test('embed.js parses its attributes: no overlay from a height, no frame for another site or a script address', async () => {
    const page = await open(`${host.baseUrl}host-misuse.html`);
    const frame = page.locator('#overlay iframe');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.evaluate((element) => getComputedStyle(element).position)).toBe('static');
    expect(await frame.evaluate((element) => element.style.height)).toBe('480px');
    expect(await page.locator('#foreign iframe').count()).toBe(0);
    expect(await page.locator('#foreign').textContent()).toBe(
      `The interactive map cannot be shown here: the map’s address (https://elsewhere.example) is not the site embed.js comes from (${new URL(appUrl).origin}).`,
    );
    expect(await page.locator('#script iframe').count()).toBe(0);
    expect(await page.locator('#script').textContent()).toMatch(/is not an http\(s\) address/);
    await page.context().close();
  });

  test('only the frame embed.js made, showing the map’s own site, resizes it, and within bounds', async () => {
    const page = await open(`${host.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator('[data-conflict-map] iframe');
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 }).toBeGreaterThan(300);
    // The map's own frame asks for an absurd height: it gets the most embed.js allows.
    await frame.evaluate(() => parent.postMessage({ type: 'conflict-map:resize', version: 1, height: 99_000 }, '*'));
    await expect.poll(() => iframe.evaluate((element) => element.style.height), { timeout: 5_000 }).toBe('12000px');
    // The frame is sent to another site, which asks for 40 px: ignored.
    await frame.evaluate((url) => location.assign(url), `${host.baseUrl}resizer.html`);
    const sent = () =>
      page.evaluate(() =>
        (window as unknown as { mapMessages: { data: unknown }[] }).mapMessages.some((m) => m.data === 'resizer-sent'),
      );
    await expect.poll(sent, { timeout: 10_000 }).toBe(true);
    expect(await iframe.evaluate((element) => element.style.height)).toBe('12000px');
    await page.context().close();
  });

  test('“Open the full map” opens the full map in a new tab', async () => {
    const page = await open(`${host.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    await page.locator('[data-claim="area"]').click();
    await expect.poll(() => chosenClaim(frame), { timeout: 10_000 }).toBe('area');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page', { timeout: 10_000 }),
      frame.locator('.embed__footer a').click(),
    ]);
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe(`${appUrl}#claim=area`);
    expect(await tab.evaluate(() => window.opener as unknown)).toBeNull();
    await page.context().close();
  });

  test.each([
    { count: 106, maxReplies: 1 },
    // A flood may reach the frame in a few runs, each answered once; the last answer is the last command's.
    { count: 10_000, maxReplies: 10 },
  ])(
    'a burst of $count focus commands settles on the last one, answered within a second',
    async ({ count, maxReplies }) => {
      const page = await open(`${host.baseUrl}host-article.html`);
      const frame = await mapFrame(page);
      await expect.poll(() => selectsFromMap(page), { timeout: 10_000 }).toEqual([null]);
      const ids = ['area', 'talks-offer', 'status', 'russian-base', 'landlocked'];
      const last = ids[(count - 1) % ids.length];
      // The browser alone takes a while to hand 10,000 messages to a frame of another site (seconds on a busy machine): a
      // frame of the map's site that only listens gives that time, and the map must answer within a second more.
      const timings = await page.evaluate(
        async ({ count, ids, last, blankUrl }) => {
          const messages = (window as unknown as { mapMessages: { data: { type?: string; id?: unknown } }[] })
            .mapMessages;
          const blank = Object.assign(document.createElement('iframe'), { src: blankUrl, title: 'listener' });
          await new Promise((resolve) => {
            blank.addEventListener('load', resolve, { once: true });
            document.body.append(blank);
          });
          const flood = async (target: Window, message: (index: number) => unknown, answered: () => boolean) => {
            const started = performance.now();
            for (let index = 0; index < count; index++) target.postMessage(message(index), '*');
            while (!answered() && performance.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
            return performance.now() - started;
          };
          const blankWindow = blank.contentWindow;
          const map = document.querySelector<HTMLIFrameElement>('[data-conflict-map] iframe')?.contentWindow;
          if (!map || !blankWindow) throw new Error('no frames');
          let from = messages.length;
          const browserAlone = await flood(
            blankWindow,
            (index) => ({
              type: 'conflict-map:focus',
              version: 1,
              claim: ids[index % ids.length],
              last: index === count - 1,
            }),
            () => messages.slice(from).some((m) => (m.data as { blank?: string }).blank === 'answered'),
          );
          from = messages.length;
          const map_ = await flood(
            map,
            (index) => ({ type: 'conflict-map:focus', version: 1, claim: ids[index % ids.length] }),
            () => messages.slice(from).some((m) => m.data.type === 'conflict-map:select' && m.data.id === last),
          );
          return { browserAlone, map: map_ };
        },
        { count, ids, last, blankUrl: `${fixtures.baseUrl}blank.html` },
      );
      expect(timings.map).toBeLessThan(timings.browserAlone * 1.5 + 1_000);
      const replies = (await selectsFromMap(page)).slice(1);
      expect(replies.at(-1)).toBe(last);
      expect(replies.length).toBeLessThanOrEqual(maxReplies);
      // Title, status line, card and the page's marks all name the last command's claim.
      expect(await chosenClaim(frame)).toBe(last);
      const shown = await frame.evaluate(() => ({
        title: document.title,
        status: document.querySelector('.embed__status')?.textContent ?? '',
        card: document.querySelector('.card--claim h3')?.textContent ?? '',
      }));
      expect(shown.status.startsWith('Claim: ')).toBe(true);
      expect(shown.title.startsWith(shown.status)).toBe(true);
      expect(shown.status).toContain(shown.card);
      await expect.poll(() => currentOnHost(page), { timeout: 5_000 }).toEqual([last]);
      await page.context().close();
    },
  );

  test('with classic scroll bars, a page at the edge of needing one gets a frame height that settles', async () => {
    // Narrow enough that the map's height follows the frame's width; tall enough that nothing scrolls yet.
    const page = await open(`${host.baseUrl}host-edge.html`, { width: 600, height: 2_000 });
    const frame = await mapFrame(page);
    const iframe = page.locator('[data-conflict-map] iframe');
    const frameHeight = () => iframe.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height);
    const contentHeight = () => frame.evaluate(() => document.documentElement.scrollHeight);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())), { timeout: 10_000 })
      .toBe(0);
    const wide = await frameHeight();
    // A window 4 px shorter than the frame: the page's scroll bar comes, narrows the frame by its width, and the map,
    // about 9 px shorter at that width, would fit again without the bar.
    await page.setViewportSize({ width: 600, height: Math.floor(wide) - 4 });
    const steadyOver = (frames: number) =>
      page.evaluate(async (frames) => {
        const element = document.querySelector('[data-conflict-map] iframe');
        if (!element) return false;
        const first = element.getBoundingClientRect().height;
        for (let index = 0; index < frames; index++) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (element.getBoundingClientRect().height !== first) return false;
        }
        return true;
      }, frames);
    await expect.poll(() => steadyOver(60), { timeout: 20_000 }).toBe(true);
    // Settled with the scroll bar, the whole map showing and no inner scroll bar in the frame.
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBeLessThan(600);
    const settled = await frameHeight();
    const content = await contentHeight();
    expect(settled).toBeGreaterThanOrEqual(content);
    expect(settled - content).toBeLessThan(24);
    expect(
      await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight),
    ).toBe(true);
    await page.context().close();
  }, 120_000);

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
  test('works under its strict Content-Security-Policy, on a host that sends no CORS headers', async () => {
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
      // As wide as the frame, less its scroll bar when it has one.
      expect(map?.width).toBe(await page.evaluate(() => document.documentElement.clientWidth));
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
