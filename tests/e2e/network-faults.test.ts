// The network fails the page in every way it can, one file at a time: blocked, an HTTP error, cut short, or stalled
// (never answering). Each time the page names what failed, and what was already on screen goes on working.
// Served as an ordinary host serves the build (no special headers); a stall is waited out on Playwright's clock.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { repoRoot } from './support/global-setup';
import { startStaticServer, type StaticServer } from './support/staticServer';

type Fault = 'block' | 'fail' | 'truncate' | 'stall';
const FAULTS: readonly Fault[] = ['block', 'fail', 'truncate', 'stall'];
/** Longer than the app's limits for a file (30 s) and a chunk (60 s): a stall is then over. */
const PAST_EVERY_TIME_LIMIT_MS = 61_000;

let browser: Browser;
let app: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startStaticServer(join(repoRoot, 'dist'));
});

afterAll(async () => {
  await browser.close();
  await app.close();
});

/** A built file by its name's start, e.g. "openStory"; `largest`: of several, the biggest (the worker, not its URL). */
function asset(prefix: string, largest = false): RegExp {
  const dir = join(repoRoot, 'dist/assets');
  const files = readdirSync(dir)
    .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'))
    .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  const name = largest ? files[0] : files.find(Boolean);
  if (!name) throw new Error(`no built file dist/assets/${prefix}-*.js: build first`);
  return new RegExp(`/assets/${name.replace(/[.]/g, '\\.')}$`);
}

async function injure(route: Route, fault: Fault, stalled: () => void): Promise<void> {
  if (fault === 'block') return route.abort('connectionrefused');
  if (fault === 'fail') return route.fulfill({ status: 500, body: 'Internal Server Error' });
  if (fault === 'stall') {
    // Never answered: the request stays open until the page gives up on it.
    stalled();
    return;
  }
  const response = await route.fetch();
  const body = await response.body();
  await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
}

/** Opens the app at `path` with `file` injured; for a stall, waits for its request and runs the clock past the limits. */
async function openWith(path: string, file: RegExp, fault: Fault, before?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (fault === 'stall') await page.clock.install();
  let markStalled = () => {};
  const stalled = new Promise<void>((resolve) => (markStalled = resolve));
  await page.route(file, (route) => injure(route, fault, markStalled));
  await page.goto(app.baseUrl + path);
  await before?.(page);
  if (fault === 'stall') {
    await stalled;
    await page.clock.fastForward(PAST_EVERY_TIME_LIMIT_MS);
  }
  return page;
}

/** Touching the map starts MapLibre at once (else it waits for the page to settle). */
async function startMap(page: Page) {
  await page.locator('[data-map-state="loading"]').dispatchEvent('pointerdown', {}, { timeout: 30_000 });
}

/** The panel still works: a claim picked there shows its card. */
async function panelWorks(page: Page) {
  await page.locator('.claim-item[data-claim="area"]').first().click();
  await expect.poll(() => page.locator('.card--claim').count(), { timeout: 20_000 }).toBe(1);
}

describe('the story or the map data fails', () => {
  const files = [
    { what: 'story file', file: /\/stories\/karabakh-2020\.json$/, named: 'story file (stories/karabakh-2020.json)' },
    { what: 'map of the Caucasus', file: /\/data\/caucasus\.topo\.json$/, named: '(data/caucasus.topo.json)' },
    { what: 'world map', file: /\/data\/world\.topo\.json$/, named: '(data/world.topo.json)' },
  ];
  for (const { what, file, named } of files)
    test.each(FAULTS)(`the ${what}, %s: named, with Reload; the build-time picture and claims stay`, async (fault) => {
      const page = await openWith('', file, fault);
      const alert = page.locator('.load-failure[role="alert"]');
      await alert.waitFor({ timeout: 30_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain(named);
      expect(text).toMatch(fault === 'truncate' ? /is not valid JSON/ : /could not be loaded: .*Reload the page/);
      expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
      // What was on screen before the failure is still there and readable.
      expect(await page.locator('.static-shell .claim-item').count()).toBeGreaterThan(5);
      expect(await page.locator('.static-shell svg').isVisible()).toBe(true);
      await page.context().close();
    });
});

describe('a part of the zoomable map fails', () => {
  const parts = [
    { what: 'MapLibre', file: () => asset('maplibre'), notice: 'The zoomable map could not be downloaded' },
    {
      what: 'its worker',
      file: () => asset('maplibre-gl-worker', true),
      notice: 'worker file could not be downloaded',
    },
    { what: 'its adapter', file: () => asset('MapLibreMap'), notice: 'display code could not be downloaded' },
  ];
  for (const { what, file, notice } of parts)
    test.each(FAULTS)(`${what}, %s: the map says which, the picture and the panel go on working`, async (fault) => {
      const page = await openWith('', file(), fault, startMap);
      await page.locator('[data-map-state="failed"]').waitFor({ state: 'attached', timeout: 45_000 });
      expect(await page.locator('.map__notice').textContent()).toContain(notice);
      expect(await page.locator('.map__notice').textContent()).toContain('reload the page');
      await panelWorks(page);
      // The picture is the map now: its shapes are buttons that select.
      await page.locator('.svg-map').getByRole('button', { name: 'Armenia', exact: true }).first().click();
      await expect.poll(() => page.locator('.card h3').first().textContent(), { timeout: 20_000 }).toBe('Armenia');
      await page.context().close();
    });
});

describe('an on-demand part fails', () => {
  test.each(FAULTS)(
    'the story opener, %s: a ?story= link is reported with a retry; the map’s own story works',
    async (fault) => {
      const page = await openWith('?story=stories/karabakh-2023.json', asset('openStory'), fault);
      const report = page.locator('.report[role="alert"]');
      await report.waitFor({ timeout: 45_000 });
      expect(await report.textContent()).toMatch(
        /The story at “.stories\/karabakh-2023\.json.” could not be opened\..*part of the map that opens stories could not be downloaded/,
      );
      expect(await report.getByRole('button', { name: 'Try again' }).count()).toBe(1);
      // The address no longer names the story that is not shown.
      expect(new URL(page.url()).searchParams.get('story')).toBeNull();
      await panelWorks(page);
      await page.context().close();
    },
  );

  test.each(FAULTS)('the embedded view, %s: the full map is shown, with what failed', async (fault) => {
    const page = await openWith('?embed=1', asset('embedMode'), fault);
    const troubles = page.locator('.troubles[role="alert"]');
    await troubles.waitFor({ timeout: 45_000 });
    expect(await troubles.textContent()).toContain('compact embedded view could not be downloaded');
    await panelWorks(page);
    await page.context().close();
  });

  test.each(FAULTS)('the image maker, %s: the download buttons say so; the map goes on working', async (fault) => {
    const page = await openWith('', asset('exportImage'), fault, async (page) => {
      await page.locator('.panel').waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Download PNG' }).click();
    });
    const alert = page.locator('.map__download-failed[role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe('The image maker could not be downloaded; reload the page to try again.');
    await panelWorks(page);
    await page.context().close();
  });
});
