// The network fails the page in every way it can, one file at a time: blocked, an HTTP error, cut short, or stalled
// (never answering). Each time the page names what failed, and what was already on screen goes on working.
// Served as an ordinary host serves the build (no special headers); a stall is waited out on Playwright's clock.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { repoRoot } from '../support/staticServer';
import { mapSection } from './support/app';
import { expect, test, type PageProblems } from './support/test';

type Fault = 'block' | 'fail' | 'truncate' | 'stall';
const FAULTS: readonly Fault[] = ['block', 'fail', 'truncate', 'stall'];
/** Longer than the app's limits for a file (30 s) and a chunk (60 s): a stall is then over. */
const PAST_EVERY_TIME_LIMIT_MS = 61_000;
/** A failure is shown within this: MapLibre's chunk (on a loaded 2-core machine) and the image maker take the longest. */
const NOTICE_TIMEOUT = 45_000;

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

/** The browser's own console line for a file that was refused or answered with an error: expected, so required. */
function expectFaultLogged(problems: PageProblems, fault: Fault): void {
  if (fault === 'block') problems.expectError(/Failed to load resource: net::ERR_CONNECTION_REFUSED/);
  if (fault === 'fail') problems.expectError(/Failed to load resource: the server responded with a status of 500/);
}

/** Resolves once a file matching `url` has been downloaded whole (its body, not only its headers). */
function arrived(page: Page, url: RegExp): Promise<unknown> {
  return page.waitForEvent('requestfinished', { predicate: (request) => url.test(request.url()), timeout: 0 });
}

/**
 * Opens the app at `path` with `file` injured. For a stall, waits for its request and runs the clock past the limits,
 * once the files that download `besides` it are in whole: else their own limits would run out too.
 */
async function openWith(
  page: Page,
  path: string,
  file: RegExp,
  fault: Fault,
  { before, besides = [] }: { before?: () => Promise<void>; besides?: readonly RegExp[] } = {},
) {
  if (fault === 'stall') await page.clock.install();
  let markStalled = () => {};
  const stalled = new Promise<void>((resolve) => (markStalled = resolve));
  const othersIn = Promise.all(fault === 'stall' ? besides.map((other) => arrived(page, other)) : []);
  await page.route(file, (route) => injure(route, fault, markStalled));
  await page.goto(`/${path}`);
  await before?.();
  if (fault === 'stall') {
    await stalled;
    await othersIn;
    await page.clock.fastForward(PAST_EVERY_TIME_LIMIT_MS);
  }
}

/** Touching the map starts MapLibre at once (else it waits for the page to settle). */
async function startMap(page: Page) {
  await page.locator('[data-map-state="loading"]').dispatchEvent('pointerdown');
}

/** The panel still works: a claim picked there shows its card. */
async function panelWorks(page: Page) {
  await page.locator('.claim-item[data-claim="area"]').first().click();
  await expect(page.locator('.card--claim')).toHaveCount(1);
}

test.describe('the story or the map data fails', () => {
  const story = {
    what: 'story file',
    // The shipped story as the build checked and emitted it (vite-plugins/defaultStory.ts).
    file: /\/assets\/default-story-[\w-]+\.json$/,
    named: /story file \(assets\/default-story-[\w-]+\.json\)/,
  };
  const detail = {
    what: 'detailed map data',
    file: /\/data\/detail\.topo\.json$/,
    named: '(data/detail.topo.json)',
  };
  const world = { what: 'world map', file: /\/data\/world\.topo\.json$/, named: '(data/world.topo.json)' };
  for (const { what, file, named } of [story, detail, world])
    for (const fault of FAULTS)
      test(`the ${what}, ${fault}: named, with Reload; the build-time picture and claims stay`, async ({
        page,
        problems,
      }) => {
        expectFaultLogged(problems, fault);
        // The three download side by side.
        const besides = [story, detail, world].filter((other) => other.what !== what).map((other) => other.file);
        await openWith(page, '', file, fault, { besides });
        const alert = page.locator('.load-failure[role="alert"]');
        await expect(alert).toContainText(named, { timeout: NOTICE_TIMEOUT });
        await expect(alert).toContainText(
          fault === 'truncate' ? /is not valid JSON/ : /could not be loaded: .*Reload the page/,
        );
        await expect(alert.getByRole('button', { name: 'Reload' })).toHaveCount(1);
        // What was on screen before the failure is still there and readable.
        expect(await page.locator('#root .claim-item').count()).toBeGreaterThan(5);
        await expect(page.locator('#root .svg-map svg')).toBeVisible();
      });
});

test.describe('a part of the zoomable map fails', () => {
  // MapLibre and the adapter are imported (one path for every refusal, another for the time limit); the worker is
  // fetched, and a worker cut short fails inside MapLibre.
  const mapLibre = {
    what: 'MapLibre',
    file: () => asset('maplibre'),
    notice: 'The zoomable map could not be downloaded',
  };
  const worker = {
    what: 'its worker',
    file: () => asset('maplibre-gl-worker', true),
    notice: 'worker file could not be downloaded',
  };
  const adapter = {
    what: 'its adapter',
    file: () => asset('MapLibreMap'),
    notice: 'display code could not be downloaded',
  };
  const parts = [
    { ...mapLibre, besides: [adapter] },
    { ...worker, besides: [mapLibre, adapter] },
    { ...adapter, besides: [mapLibre, worker] },
  ];
  for (const { what, file, notice, besides } of parts)
    for (const fault of FAULTS)
      test(`${what}, ${fault}: the map says which, the picture and the panel go on working`, async ({
        page,
        problems,
      }) => {
        expectFaultLogged(problems, fault);
        // A worker cut short fails to start in each of MapLibre's workers; MapLibre logs those it has no listener for.
        if (what === 'its worker' && fault === 'truncate') problems.allowError(/Worker failed to load/);
        // MapLibre, then its worker, download beside the adapter.
        await openWith(page, '', file(), fault, {
          before: () => startMap(page),
          besides: besides.map((part) => part.file()),
        });
        await expect(mapSection(page)).toHaveAttribute('data-map-state', 'failed', { timeout: NOTICE_TIMEOUT });
        await expect(page.locator('.map__notice')).toContainText(notice);
        await expect(page.locator('.map__notice')).toContainText('reload the page');
        await panelWorks(page);
        // The picture is the map now: its shapes are buttons that select.
        await page.locator('.svg-map').getByRole('button', { name: 'Armenia (region)', exact: true }).first().click();
        await expect(page.locator('.card h3').first()).toHaveText('Armenia');
      });
});

test.describe('a story’s country fails', () => {
  const THAILAND = /\/data\/countries\/764\.json$/;
  const CAMBODIA = /\/data\/countries\/116\.json$/;
  for (const fault of FAULTS)
    test(`one it is drawn from, ${fault}: the link is reported, naming the country, with a retry; the map’s own story works`, async ({
      page,
      problems,
    }) => {
      expectFaultLogged(problems, fault);
      await openWith(page, '?story=stories/thailand-cambodia-2025.json', THAILAND, fault, { besides: [CAMBODIA] });
      const report = page.locator('.report[role="alert"]');
      await expect(report).toContainText(/The story at “.stories\/thailand-cambodia-2025\.json.” could not be opened/, {
        timeout: NOTICE_TIMEOUT,
      });
      await expect(report).toContainText('The outline of country 764 (data/countries/764.json) could not be loaded');
      await expect(report.getByRole('button', { name: 'Try again' })).toHaveCount(1);
      await panelWorks(page);
    });

  test('those around it: the story shows on the world’s coarser outlines', async ({ page, problems }) => {
    expectFaultLogged(problems, 'block');
    await page.route(/\/data\/countries\/index\.json$/, (route) => route.abort('connectionrefused'));
    await page.goto('/?story=stories/thailand-cambodia-2025.json');
    await expect(page.locator('.map svg path[data-svg-region="thailand"]').first()).toBeAttached();
    await expect(page.locator('.report[role="alert"]')).toHaveCount(0);
  });
});

test.describe('an on-demand part fails', () => {
  for (const fault of FAULTS)
    test(`the story opener, ${fault}: a ?story= link is reported with a retry; the map’s own story works`, async ({
      page,
      problems,
    }) => {
      expectFaultLogged(problems, fault);
      await openWith(page, '?story=stories/karabakh-2023.json', asset('openStory'), fault);
      const report = page.locator('.report[role="alert"]');
      await expect(report).toContainText(
        /The story at “.stories\/karabakh-2023\.json.” could not be opened\..*part of the map that opens stories could not be downloaded/,
        { timeout: NOTICE_TIMEOUT },
      );
      await expect(report.getByRole('button', { name: 'Try again' })).toHaveCount(1);
      // The address no longer names the story that is not shown.
      expect(new URL(page.url()).searchParams.get('story')).toBeNull();
      await panelWorks(page);
    });

  for (const fault of FAULTS)
    test(`the embedded view, ${fault}: the full map is shown, with what failed`, async ({ page, problems }) => {
      expectFaultLogged(problems, fault);
      await openWith(page, '?embed=1', asset('embedMode'), fault);
      await expect(page.locator('.troubles[role="alert"]')).toContainText(
        'compact embedded view could not be downloaded',
        { timeout: NOTICE_TIMEOUT },
      );
      await panelWorks(page);
    });

  for (const fault of FAULTS)
    test(`the image maker, ${fault}: the download buttons say so; the map goes on working`, async ({
      page,
      problems,
    }) => {
      expectFaultLogged(problems, fault);
      await openWith(page, '', asset('exportImage'), fault, {
        before: async () => {
          // Until the app takes the first view over, its buttons are the build's markup, with no handlers.
          await expect(page.locator('html[data-taken-over]')).toBeAttached();
          await page.getByRole('button', { name: 'Download image of this view' }).click();
          await page.getByRole('button', { name: 'Download PNG' }).click();
        },
      });
      await expect(page.locator('.map__download-failed[role="alert"]')).toHaveText(
        'The image maker could not be downloaded; reload the page to try again.',
        { timeout: NOTICE_TIMEOUT },
      );
      await panelWorks(page);
    });

  for (const fault of FAULTS)
    test(`the story editor, ${fault}: the page says it could not load, and how to try again`, async ({
      page,
      problems,
    }) => {
      expectFaultLogged(problems, fault);
      await openWith(page, '?edit', asset('startEditor'), fault);
      await expect(page.locator('.load-failure[role="alert"]')).toContainText(
        'The story editor could not load: reload the page to try again',
        { timeout: NOTICE_TIMEOUT },
      );
    });

  test('the editor’s country list: the editor works without it, and says so', async ({ page, problems }) => {
    expectFaultLogged(problems, 'block');
    await page.route(/\/data\/countries\/index\.json$/, (route) => route.abort('connectionrefused'));
    await page.goto('/?edit');
    await expect(page.getByRole('alert')).toContainText('The list of countries could not be loaded');
    await page.getByRole('button', { name: 'New, empty story' }).click();
    await page.getByLabel('Headline', { exact: true }).fill('Still editable');
    await expect(page.locator('.editor-bar__name')).toHaveText('Still editable');
  });
});
