// The app with stories 10 and 50 times the size of its own (./scaleStory.ts), against the 1× story in the same run
// (issue 14): each opened from `?story=` on the plain static server, rounds interleaved, in desktop Chromium without
// throttling. Per load: the blocking time until MapLibre's first idle, MapLibre's start → first idle, elements and
// event listeners, the time from a click on a claim row to its card on screen, and frames per second while dragging.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot, startStaticServer } from '../tests/support/staticServer';
import { readShippedStoryJson } from '../src/story/fixtures/shippedStory';
import { launchBrowser, waitForMapReady } from './browser';
import { scaleStory } from './scaleStory';
import { table } from './sizes';
import { median, percentile } from './stats';

const SCALE_FACTORS = [1, 10, 50] as const;
/** Claim rows clicked per load, spread evenly over the list. */
const PICKS = 15;
const DRAG_STEPS = 60;

export type ScaleRun = {
  factor: number;
  /** Σ (long task − 50 ms), from navigation until MapLibre's first idle. */
  blockingMs: number;
  mapStartToIdleMs: number | null;
  /** Elements in the document once MapLibre is idle, long lists showing their first rows. */
  nodes: number;
  listeners: number | null;
  /** Click on a claim row → the frame that shows its card painted, one per pick, every claim row drawn. */
  selectToCardMs: number[];
  /** requestAnimationFrame callbacks per second while a mouse drags the map. */
  dragFps: number | null;
};

type Site = { baseUrl: string; close: () => Promise<void>; claims: Map<number, string[]> };

/** The build, with the scaled stories beside it, served by the plain static server (from a copy: dist/ stays as built). */
async function serveScaled(distDir: string, story: unknown): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  cpSync(distDir, root, { recursive: true });
  mkdirSync(join(root, 'scale'));
  const claims = new Map<number, string[]>();
  for (const factor of SCALE_FACTORS) {
    const scaled = scaleStory(story, factor);
    writeFileSync(join(root, 'scale', `x${factor}.json`), JSON.stringify(scaled));
    const ids = (scaled['claims'] as { id: string }[]).map((claim) => claim.id);
    claims.set(
      factor,
      Array.from({ length: PICKS }, (_, i) => ids[Math.floor((i * ids.length) / PICKS)] ?? ''),
    );
  }
  const server = await startStaticServer(root);
  return {
    ...server,
    claims,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Long tasks from the page's start, and whether the `?story=` opening page came and went, kept for the harness. */
function observeLoad(): void {
  let opening = false;
  new MutationObserver(() => {
    // App.tsx's "Opening the story at …" page, in the first view's place.
    if (document.querySelector('main.loading')) opening = true;
    else if (opening) (window as unknown as { benchOpened: boolean }).benchOpened = true;
  }).observe(document, { childList: true, subtree: true });
  const tasks: number[] = [];
  (window as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    const idle = performance.getEntriesByName('map-first-idle')[0];
    for (const entry of list.getEntries()) if (!idle || entry.startTime < idle.startTime) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Waits until the page is at rest: the camera still and five frames in a row less than 25 ms apart, so MapLibre is not
 * drawing. The map takes a selection a frame after the card, so "camera still" alone can hold before its move begins.
 */
async function atRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let quiet = 0;
        let last: number | null = null;
        const tick = (now: number) => {
          const still = document.querySelector('.map__gl[data-camera="still"]') !== null;
          quiet = still && last !== null && now - last < 25 ? quiet + 1 : 0;
          last = now;
          if (quiet >= 5) resolve(true);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Clicks a claim's row and times it until the frame that shows its card has been painted. Before each pick, Escape
 * clears the last one and the page comes to rest, so one pick's map work is not counted in the next.
 */
async function selectToCard(page: Page, claimId: string): Promise<number> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('#card-title', { state: 'detached' });
  await atRest(page);
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const row = document.querySelector<HTMLElement>(`[data-claim="${id}"]`);
        if (!row) {
          reject(new Error(`no row for claim ${id}`));
          return;
        }
        const start = performance.now();
        row.click();
        // Checked in each frame: a task queued from the frame whose DOM has the card runs once that frame is painted.
        const check = () => {
          if (document.getElementById('card-title') && row.getAttribute('aria-pressed') === 'true')
            setTimeout(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    claimId,
  );
}

/** Drags the map across its middle in small steps, counting the page's animation frames meanwhile. */
async function dragFps(page: Page): Promise<number | null> {
  const box = await page.locator('.map__gl').boundingBox();
  if (!box) return null;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.evaluate(() => {
    const count = { frames: 0, start: performance.now(), running: true };
    (window as unknown as { benchFrames: typeof count }).benchFrames = count;
    const tick = () => {
      if (!count.running) return;
      count.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= DRAG_STEPS; step++)
    await page.mouse.move(x - (step * box.width) / 4 / DRAG_STEPS, y - (step * box.height) / 6 / DRAG_STEPS);
  await page.mouse.up();
  return page.evaluate(() => {
    const count = (window as unknown as { benchFrames: { frames: number; start: number; running: boolean } })
      .benchFrames;
    count.running = false;
    const seconds = (performance.now() - count.start) / 1000;
    return seconds > 0 ? count.frames / seconds : null;
  });
}

async function loadOnce(browser: Browser, site: Site, factor: number): Promise<ScaleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // tsx names the functions it compiles with a __name() helper that the page lacks: the page gets a no-op one.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.addInitScript(observeLoad);
    const claims = site.claims.get(factor) ?? [];
    await page.goto(`${site.baseUrl}?story=scale/x${factor}.json`);
    // The story is in once the page has said it is opening it, and no longer says so; then MapLibre, started on a touch
    // as the e2e tests start it.
    await page.waitForFunction(() => (window as unknown as { benchOpened?: boolean }).benchOpened === true, null, {
      timeout: 120_000,
    });
    await waitForMapReady(page);
    await page.waitForSelector('.map__gl[data-camera="still"]');
    const { longTasks, startToIdle } = await page.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const start = mark('map-start');
      const idle = mark('map-first-idle');
      return {
        longTasks: (window as unknown as { benchLongTasks: number[] }).benchLongTasks,
        startToIdle: start !== null && idle !== null ? idle - start : null,
      };
    });
    // Elements in the document (CDP's node count also holds detached nodes not yet collected); listeners from CDP.
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const listeners = metrics.find((metric) => metric.name === 'JSEventListeners')?.value ?? null;
    // Picks spread over the whole list, with every row drawn: as for a reader who asked for the rest of a long list.
    const more = page.locator('.claim-list .more-rows');
    if ((await more.count()) > 0) await more.click();
    const selectToCardMs: number[] = [];
    for (const claim of claims) selectToCardMs.push(await selectToCard(page, claim));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.map__gl[data-camera="still"]');
    return {
      factor,
      blockingMs: longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      mapStartToIdleMs: startToIdle,
      nodes,
      listeners,
      selectToCardMs,
      dragFps: await dragFps(page),
    };
  } finally {
    await context.close();
  }
}

/** `rounds` rounds of one load per factor, interleaved. */
async function measureScale(browser: Browser, site: Site, rounds: number): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  for (let round = 1; round <= rounds; round++)
    for (const factor of SCALE_FACTORS) {
      const run = await loadOnce(browser, site, factor);
      runs.push(run);
      console.log(
        `scale round ${round}, ${factor}×: blocking ${Math.round(run.blockingMs)} ms, start→idle ` +
          `${Math.round(run.mapStartToIdleMs ?? NaN)} ms, select→card p50 ${Math.round(percentile(run.selectToCardMs, 50) ?? NaN)} ms ` +
          `p95 ${Math.round(percentile(run.selectToCardMs, 95) ?? NaN)} ms, drag ${run.dragFps?.toFixed(1) ?? 'n/a'} fps, ` +
          `${run.nodes} elements, ${run.listeners ?? '?'} listeners`,
      );
    }
  return runs;
}

/** Per factor: medians over the loads, select → card percentiles over every pick. */
function summariseScale(runs: readonly ScaleRun[]) {
  return SCALE_FACTORS.map((factor) => {
    const mine = runs.filter((run) => run.factor === factor);
    const picks = mine.flatMap((run) => run.selectToCardMs);
    return {
      factor,
      blockingMs: median(mine.map((run) => run.blockingMs)),
      mapStartToIdleMs: median(mine.map((run) => run.mapStartToIdleMs)),
      selectToCardP50Ms: percentile(picks, 50),
      selectToCardP95Ms: percentile(picks, 95),
      dragFps: median(mine.map((run) => run.dragFps)),
      nodes: median(mine.map((run) => run.nodes)),
      listeners: median(mine.map((run) => run.listeners)),
    };
  });
}

type Summary = ReturnType<typeof summariseScale>[number];

/** One row per measure: each factor, the 50×/1× ratio, and issue 14's target with ✓ or ✗. */
function scaleRows(summary: readonly Summary[]): string[][] {
  const at = (factor: number) => summary.find((row) => row.factor === factor);
  const one = at(1);
  const fifty = at(50);
  const ratioOf = (key: keyof Omit<Summary, 'factor'>) => {
    const a = fifty?.[key] ?? null;
    const b = one?.[key] ?? null;
    return a === null || b === null || b === 0 ? null : a / b;
  };
  const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗');
  const row = (
    label: string,
    key: keyof Omit<Summary, 'factor'>,
    format: (value: number) => string,
    target: string,
    met?: (ratio: number, fiftyValue: number) => boolean,
  ) => {
    const ratio = ratioOf(key);
    const fiftyValue = fifty?.[key] ?? null;
    return [
      label,
      ...SCALE_FACTORS.map((factor) => {
        const value = at(factor)?.[key] ?? null;
        return value === null ? 'n/a' : format(value);
      }),
      ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`,
      `${target}${mark(!met || ratio === null || fiftyValue === null ? null : met(ratio, fiftyValue))}`,
    ];
  };
  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  const count = (value: number) => Math.round(value).toLocaleString('en');
  return [
    row('blocking time, load → MapLibre idle', 'blockingMs', ms, '≤ 2×', (r) => r <= 2),
    row('MapLibre start → first idle', 'mapStartToIdleMs', ms, ''),
    row('select → card, p50', 'selectToCardP50Ms', ms, ''),
    row('select → card, p95', 'selectToCardP95Ms', ms, '≤ 1.5× and < 100 ms', (r, v) => r <= 1.5 && v < 100),
    row(
      'drag, frames per second',
      'dragFps',
      (v) => v.toFixed(1),
      '≥ 0.9×',
      (r) => r >= 0.9,
    ),
    row('elements in the page', 'nodes', count, '< 3×', (r) => r < 3),
    row('event listeners', 'listeners', count, ''),
  ];
}

/** The scale bench on its own: `tsx bench/scale.ts` on a built dist/ (`BENCH_SCALE_RUNS`, default 3 rounds). */
export async function runScale(distDir: string, story: unknown, rounds: number) {
  const site = await serveScaled(distDir, story);
  const browser = await launchBrowser();
  try {
    const runs = await measureScale(browser, site, rounds);
    const summary = summariseScale(runs);
    console.log(
      table(['measure', ...SCALE_FACTORS.map((factor) => `${factor}×`), '50×/1×', 'target'], scaleRows(summary)),
    );
    return { rounds, runs, summary };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (process.argv[1]?.endsWith('scale.ts'))
  await runScale(join(repoRoot, 'dist'), readShippedStoryJson(), Number(process.env['BENCH_SCALE_RUNS'] ?? 3));
