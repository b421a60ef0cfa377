// Embedding: a news page on another origin embeds the map with embed.js; its sentences and the map drive each other.
// The app is served as an ordinary host serves it (no CORS headers, no .mjs type), in a browser with classic scroll bars.
import type { Frame, Page } from '@playwright/test';
import { clampHeight } from '../../src/embed/hostOptions';
import { mapReady } from './support/app';
import { expect, test } from './support/test';

const IFRAME = '[data-conflict-map] iframe';

/**
 * The map's frame once the app in it runs; with `live`, once MapLibre in it is up too (nobody touches it: the frame
 * starts MapLibre on its own). The commands, heights and marks do not wait for MapLibre, and neither do their tests.
 */
async function mapFrame(page: Page, iframe = IFRAME, { live = false }: { live?: boolean } = {}): Promise<Frame> {
  const element = page.locator(iframe);
  await expect(element).toBeAttached();
  const frame = await (await element.elementHandle()).contentFrame();
  if (!frame) throw new Error(`${iframe} has no frame`);
  if (live) await mapReady(frame, { untouched: true });
  else await expect(frame.locator('[data-map-state]')).toBeAttached();
  return frame;
}

const chosenClaim = (frame: Frame) => frame.locator('.claim-item[aria-pressed="true"]');
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
const heightOf = async (page: Page, selector = IFRAME) => (await page.locator(selector).boundingBox())?.height ?? 0;

test.describe('a news page embeds the map with one script and one div', () => {
  test.use({ viewport: { width: 1100, height: 900 } });

  test('the iframe is accessible, sandboxed, lazy, and as tall as its content', async ({ page, newsSite }) => {
    await page.goto(`${newsSite.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator(IFRAME);
    await expect(iframe).toHaveAttribute('title', 'Map of the conflict over Nagorno-Karabakh');
    await expect(iframe).toHaveAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads',
    );
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    const fits = async () => {
      const inner = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
      }));
      return Math.abs((await heightOf(page)) - inner.scroll) <= 2 && inner.scroll <= inner.client;
    };
    await expect.poll(fits).toBe(true);
    // Opening the panel makes the content taller: the iframe follows.
    const before = await heightOf(page);
    await frame.locator('.embed__panel > summary').click();
    await expect.poll(() => heightOf(page)).toBeGreaterThan(before + 200);
    await expect.poll(fits).toBe(true);
  });

  test('a sentence in the article selects its claim; a claim picked in the map marks its sentence', async ({
    page,
    newsSite,
    baseURL,
  }) => {
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

    const closedHeight = await heightOf(page);
    await frame.locator('.embed__panel > summary').click();
    // The frame grows to fit the open panel: click once it has, or the click could land on the host page beneath.
    await expect.poll(() => heightOf(page)).toBeGreaterThan(closedHeight + 200);
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

    // Clearing from the map clears the marks (by the keyboard, for the same reason as above).
    await frame.locator('.panel__back').press('Enter');
    await expect(frame.locator('.panel__back')).toHaveCount(0);
    await expect.poll(() => currentOnHost(page)).toEqual([]);
  });

  test('messages from another frame or of the wrong shape change nothing and log no errors', async ({
    page,
    newsSite,
  }) => {
    await page.goto(`${newsSite.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    await expect.poll(() => heightOf(page)).toBeGreaterThan(300);
    // The map listens once it has said it is ready (the frame's first height is the host's default, not a sign of that).
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { mapMessages: { data: { type?: string } }[] }).mapMessages.some(
            (message) => message.data.type === 'conflict-map:ready',
          ),
        ),
      )
      .toBe(true);

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
    const fromMap = await page.evaluate(() =>
      (window as unknown as { mapMessages: { data: { type?: string; id?: unknown }; origin: string }[] }).mapMessages
        .filter((message) => message.origin !== location.origin && message.data.type === 'conflict-map:select')
        .map((message) => message.data.id),
    );
    expect(fromMap).toEqual([null, 'landlocked']);
    await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'landlocked');
    // The sibling's resize to 40 px was ignored: the iframe still matches its content.
    const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
    await expect.poll(async () => Math.abs((await heightOf(page)) - contentHeight)).toBeLessThanOrEqual(2);
    expect(contentHeight).toBeGreaterThan(300);
  });

  test('a plain iframe and the sandboxed iframe EMBEDDING.md documents both show the map, with no CORS headers', async ({
    page,
    newsSite,
  }) => {
    await page.goto(`${newsSite.baseUrl}iframes.html`);
    const plain = await mapFrame(page, '#plain', { live: true });
    const sandboxed = await mapFrame(page, '#sandboxed', { live: true });
    await expect(plain.locator('.embed__status')).toContainText(/Nagorno-Karabakh/);
    await expect(sandboxed.locator('.embed__status')).toHaveText(/^Claim: /);
    // The app's stylesheet applies (an unstyled page would have Times and no layout).
    expect(await sandboxed.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/Times/);
    const said = await page.evaluate(() =>
      (window as unknown as { mapMessages: { data: { type: string } }[] }).mapMessages.map((m) => m.data.type),
    );
    expect(said).toEqual(expect.arrayContaining(['conflict-map:ready', 'conflict-map:resize']));
  });

  test('a bare sandbox="allow-scripts" cannot load the map from a plain host: the frame says why and tells its page', async ({
    page,
    newsSite,
    baseURL,
    problems,
  }) => {
    // The point of the test: in an opaque origin the browser refuses the map's own files.
    problems.expectError(/blocked by CORS policy/);
    problems.allowError(/Failed to load resource: net::ERR_FAILED/);
    await page.goto(`${newsSite.baseUrl}plain-sandbox.html`);
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    if (!frame) throw new Error('no frame');
    const alert = frame.locator('.start-failure[role="alert"]');
    await expect(alert).toHaveText(/^The interactive map could not start: .*sandbox without “allow-same-origin”/);
    await expect(alert.locator('a')).toHaveAttribute('href', `${baseURL ?? ''}#region=nagorno-karabakh`);
    const failures = () =>
      page.evaluate(() =>
        (window as unknown as { mapMessages: { data: { type: string; reason?: string } }[] }).mapMessages
          .filter((m) => m.data.type === 'conflict-map:failed')
          .map((m) => m.data.reason),
      );
    await expect.poll(failures).toEqual([expect.stringMatching(/allow-same-origin/)]);
    // The build-time picture and claims stay readable under the message.
    expect(await frame.locator('.claim-item').count()).toBeGreaterThan(3);
  });

  test('when the map cannot start, the news page says so in words, with a link to the map', async ({
    page,
    context,
    newsSite,
    baseURL,
    problems,
  }) => {
    // The map's code never arrives (a broken deploy, a filter on the reader's network).
    await context.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    problems.expectError(/Failed to load resource: net::ERR_FAILED.*index-/);
    await page.goto(`${newsSite.baseUrl}host-article.html`);
    const note = page.locator('[data-conflict-map] .conflict-map-note');
    await expect(note).toHaveText(/^The interactive map could not start: a file it needs \(.*index-.*\.js\)/);
    await expect(note.locator('a')).toHaveAttribute('href', baseURL ?? '');
  });

  test('embed.js parses its attributes: no overlay from a height, no frame for another site or a script address', async ({
    page,
    newsSite,
    baseURL,
  }) => {
    await page.goto(`${newsSite.baseUrl}host-misuse.html`);
    const frame = page.locator('#overlay iframe');
    await expect(frame).toBeAttached();
    expect(await frame.evaluate((element) => getComputedStyle(element).position)).toBe('static');
    // The bad height is refused whole: the frame starts at the default 480 px, or the height its map has reported since.
    expect(await frame.evaluate((element) => element.style.height)).toMatch(/^[\d.]+px$/);
    expect(await frame.evaluate((element) => element.style.height)).not.toBe('300px');
    expect(await frame.evaluate((element) => element.style.inset + element.style.zIndex)).toBe('');
    await expect(page.locator('#foreign iframe')).toHaveCount(0);
    await expect(page.locator('#foreign')).toHaveText(
      `The interactive map cannot be shown here: the map’s address (https://elsewhere.example) is not the site embed.js comes from (${new URL(baseURL ?? '').origin}).`,
    );
    await expect(page.locator('#script iframe')).toHaveCount(0);
    await expect(page.locator('#script')).toHaveText(/is not an http\(s\) address/);
  });

  test('only the frame embed.js made, showing the map’s own site, resizes it, and within bounds', async ({
    page,
    newsSite,
    baseURL,
  }) => {
    await page.goto(`${newsSite.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    const iframe = page.locator(IFRAME);
    await expect.poll(() => heightOf(page)).toBeGreaterThan(300);
    // The map's own frame asks for an absurd height: it gets the most embed.js allows.
    await frame.evaluate(() => parent.postMessage({ type: 'conflict-map:resize', version: 1, height: 99_000 }, '*'));
    await expect.poll(() => iframe.evaluate((element) => element.style.height)).toBe('12000px');
    // The frame is sent to another site, which asks for 40 px: ignored.
    const heightWhenLeaving = await iframe.evaluate((element) => element.style.height);
    await frame.evaluate((url) => location.assign(url), `${newsSite.baseUrl}resizer.html`);
    const sent = () =>
      page.evaluate(() =>
        (window as unknown as { mapMessages: { data: unknown }[] }).mapMessages.some((m) => m.data === 'resizer-sent'),
      );
    await expect.poll(sent).toBe(true);
    // Until it has left, the map may still report its height, as it does when its layout changes (it did, in one run,
    // after heightWhenLeaving was read): the frame keeps a height the map's own site asked for, never the other site's.
    const mapHeights = await page.evaluate(
      (mapOrigin) =>
        (window as unknown as { mapMessages: { data: unknown; origin: string }[] }).mapMessages.flatMap((message) => {
          const data = message.data as { type?: unknown; height?: unknown } | null;
          return message.origin === mapOrigin && data?.type === 'conflict-map:resize' && typeof data.height === 'number'
            ? [data.height]
            : [];
        }),
      new URL(baseURL ?? '').origin,
    );
    const finalHeight = await iframe.evaluate((element) => element.style.height);
    expect(finalHeight).not.toBe(`${clampHeight(40)}px`);
    expect([heightWhenLeaving, ...mapHeights.map((height) => `${clampHeight(height)}px`)]).toContain(finalHeight);
  });

  test('“Open the full map” opens the full map in a new tab', async ({ page, context, newsSite, baseURL }) => {
    await page.goto(`${newsSite.baseUrl}host-article.html`);
    const frame = await mapFrame(page);
    await page.locator('[data-claim="area"]').click();
    await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'area');
    // By the keyboard: the frame may still be resizing, and a click by coordinates could land beside the link.
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('.embed__footer a').press('Enter')]);
    await tab.waitForLoadState('domcontentloaded');
    expect(tab.url()).toBe(`${baseURL ?? ''}#claim=area`);
    expect(await tab.evaluate(() => window.opener as unknown)).toBeNull();
  });

  for (const { count, maxReplies } of [
    { count: 106, maxReplies: 1 },
    // A flood may reach the frame in a few runs, each answered once; the last answer is the last command's.
    { count: 10_000, maxReplies: 10 },
  ]) {
    test(`a burst of ${count} focus commands settles on the last one, with one answer per run`, async ({
      page,
      newsSite,
      sameSitePages,
    }) => {
      await page.goto(`${newsSite.baseUrl}host-article.html`);
      // MapLibre up first: its start would otherwise take the frame's main thread in the middle of the timing.
      const frame = await mapFrame(page, IFRAME, { live: true });
      await expect.poll(() => selectsFromMap(page)).toEqual([null]);
      const ids = ['area', 'talks-offer', 'status', 'russian-base', 'landlocked'];
      const last = ids[(count - 1) % ids.length];
      // The browser alone takes a while to hand 10,000 messages to a frame of another site (seconds on a busy machine): a
      // frame of the map's site that only listens gives that time, and the map must answer within a second more.
      const timings = await page.evaluate(
        async ({ count, ids, last, blankUrl }) => {
          const blank = Object.assign(document.createElement('iframe'), { src: blankUrl, title: 'listener' });
          await new Promise((resolve) => {
            blank.addEventListener('load', resolve, { once: true });
            document.body.append(blank);
          });
          // Posts `count` messages and resolves with the time until the answer the page is waiting for arrives.
          const flood = (target: Window, message: (index: number) => unknown, answered: (data: unknown) => boolean) =>
            new Promise<number>((resolve) => {
              const started = performance.now();
              const listen = (event: MessageEvent) => {
                if (!answered(event.data)) return;
                window.removeEventListener('message', listen);
                resolve(performance.now() - started);
              };
              window.addEventListener('message', listen);
              for (let index = 0; index < count; index++) target.postMessage(message(index), '*');
            });
          const blankWindow = blank.contentWindow;
          const map = document.querySelector<HTMLIFrameElement>('[data-conflict-map] iframe')?.contentWindow;
          if (!map || !blankWindow) throw new Error('no frames');
          const browserAlone = await flood(
            blankWindow,
            (index) => ({
              type: 'conflict-map:focus',
              version: 1,
              claim: ids[index % ids.length],
              last: index === count - 1,
            }),
            (data) => (data as { blank?: string } | null)?.blank === 'answered',
          );
          const mapTime = await flood(
            map,
            (index) => ({ type: 'conflict-map:focus', version: 1, claim: ids[index % ids.length] }),
            (data) => {
              const reply = data as { type?: string; id?: unknown } | null;
              return reply?.type === 'conflict-map:select' && reply.id === last;
            },
          );
          return { browserAlone, map: mapTime };
        },
        { count, ids, last, blankUrl: `${sameSitePages.baseUrl}blank.html` },
      );
      // How long is for the bench, not a timed assertion: the times are reported with the test, beside the browser's own.
      test.info().annotations.push({
        type: 'timing',
        description: `answered after ${Math.round(timings.map)} ms; the browser alone took ${Math.round(timings.browserAlone)} ms`,
      });
      // The flood resolves on the first answer naming the last claim, which may come from an earlier run that happened to
      // end on it; the run of the final command answers after it.
      await expect.poll(async () => (await selectsFromMap(page)).at(-1)).toBe(last);
      const replies = (await selectsFromMap(page)).slice(1);
      expect(replies.length).toBeLessThanOrEqual(maxReplies);
      // Title, status line, card and the page's marks all name the last command's claim.
      await expect(chosenClaim(frame)).toHaveAttribute('data-claim', last ?? '');
      const shown = await frame.evaluate(() => ({
        title: document.title,
        status: document.querySelector('.embed__status')?.textContent ?? '',
        card: document.querySelector('.card--claim h3')?.textContent ?? '',
      }));
      expect(shown.status.startsWith('Claim: ')).toBe(true);
      expect(shown.title.startsWith(shown.status)).toBe(true);
      expect(shown.status).toContain(shown.card);
      await expect.poll(() => currentOnHost(page)).toEqual([last]);
    });
  }

  test.describe('at the edge of needing a scroll bar', () => {
    // Narrow enough that the map's height follows the frame's width; tall enough that nothing scrolls yet.
    test.use({ viewport: { width: 600, height: 2_000 } });

    test('with classic scroll bars, a page at the edge of needing one gets a frame height that settles', async ({
      page,
      newsSite,
    }) => {
      test.slow();
      await page.goto(`${newsSite.baseUrl}host-edge.html`);
      const frame = await mapFrame(page);
      const iframe = page.locator(IFRAME);
      const frameHeight = () => iframe.evaluate((element: HTMLIFrameElement) => element.getBoundingClientRect().height);
      const contentHeight = () => frame.evaluate(() => document.documentElement.scrollHeight);
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBe(0);
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
    });
  });

  test('with data-conflict-map-scroll, the sentence reaching the middle of the viewport focuses its claim', async ({
    page,
    newsSite,
  }) => {
    await page.goto(`${newsSite.baseUrl}host-scroll.html`);
    const frame = await mapFrame(page);
    await page.evaluate(() => document.querySelector('[data-claim="landlocked"]')?.scrollIntoView({ block: 'center' }));
    await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'landlocked');
    await page.evaluate(() => document.querySelector('[data-claim="area"]')?.scrollIntoView({ block: 'center' }));
    await expect(chosenClaim(frame)).toHaveAttribute('data-claim', 'area');
  });

  test.describe('at 320 px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('nothing scrolls sideways, on the page or in the map', async ({ page, newsSite }) => {
      await page.goto(`${newsSite.baseUrl}host-article.html`);
      const frame = await mapFrame(page, IFRAME, { live: true });
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
  test('works under its strict Content-Security-Policy, on a host that sends no CORS headers', async ({ page }) => {
    await page.goto('/embed-example.html');
    const frame = await mapFrame(page, IFRAME, { live: true });
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
    // Before the app takes the page over, only claim rows answer a tap (src/app/earlyTaps.ts); Share waits for it.
    await expect(page.locator('html[data-taken-over]')).toBeAttached();
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
    await expect(page.locator('html[data-taken-over]')).toBeAttached();
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
        // As wide as the frame, less its scroll bar when it has one.
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
