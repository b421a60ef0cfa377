// The app and the bare MapLibre page under real throttling, as a reader on a slow phone gets them: Chromium's own network
// and CPU emulation through CDP (not Lighthouse's simulation), runs interleaved so both see the same machine.
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Served } from './compare';
import { inPage, whenAttached } from './inPage';
import { median } from './stats';

/** A slow 4G phone, as Lighthouse's mobile preset describes it: 150 ms round trip, 1.6 Mbps down, 750 Kbps up. */
export const THROTTLING = {
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
} as const;

export type LoadRun = {
  /** The last byte of the HTML, from navigation start. */
  htmlReceivedMs: number | null;
  /** When the first script (or module preload) was requested: after the HTML is in, nothing competes with it. */
  firstScriptRequestMs: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  /** What the largest contentful paint painted: tag, class and the start of its text. */
  lcpElement: string | null;
  /** MapLibre's first idle, untouched (the app starts it once the page has settled). */
  mapIdleMs: number | null;
};

type TapRun = {
  /** The claim row is on the page and painted: in the DOM and after the first contentful paint. */
  tappableMs: number | null;
  /** The tap, sent as soon as the row was there. */
  tapMs: number | null;
  /**
   * The frame that shows the claim chosen (aria-pressed, styled) on screen: the end of the click's Event Timing entry (the
   * next frame presented after its handlers, as INP counts it), or, without one, the task after the frame that has it.
   */
  answeredMs: number | null;
  /** The app has taken over and shows the claim's card. */
  cardMs: number | null;
};

/** What the page records of one tap, on its own clock (see tapOnce). */
type BenchTap = {
  row: number | null;
  tap: number | null;
  /** When the row showed chosen in the DOM. */
  chosen: number | null;
  /** The task after the frame that paints it: the main thread's view, late when other work queued before it. */
  afterFrame: number | null;
  /** The browser's own: when the frame after the click's handlers was presented, if the row was chosen by then. */
  presented: number | null;
  card: number | null;
};

const TIMEOUT_MS = 90_000;
const ANSWER_TIMEOUT_MS = 20_000;

async function throttledPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: THROTTLING.viewport,
    deviceScaleFactor: THROTTLING.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downloadBitsPerSecond / 8,
    uploadThroughput: THROTTLING.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
  return { page, cdp };
}

/** FCP, LCP (the last candidate so far), the HTML's last byte and the first script request, from the page's own timings. */
async function paintTimings(page: Page): Promise<Omit<LoadRun, 'mapIdleMs'>> {
  // No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.
  return page.evaluate(
    () =>
      new Promise<Omit<LoadRun, 'mapIdleMs'>>((resolve) => {
        const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => /\.m?js(\?|$)/.test(entry.name))
          .map((entry) => entry.startTime);
        const base = {
          htmlReceivedMs: navigation ? navigation.responseEnd : null,
          firstScriptRequestMs: scripts.length > 0 ? Math.min(...scripts) : null,
          fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        };
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          const last = list.getEntries().at(-1) as LargestContentfulPaint | undefined;
          const element = last?.element ?? null;
          const lcpElement =
            element === null
              ? null
              : `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} “${element.textContent.slice(0, 40)}”`;
          resolve({ ...base, lcpMs: last?.startTime ?? null, lcpElement });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

async function loadOnce(browser: Browser, target: Served): Promise<LoadRun> {
  const { page, cdp } = await throttledPage(browser);
  try {
    // Nothing of the harness runs in the page until its load event (Playwright waits for that on the browser's own
    // events), and then only through CDP: Playwright's own wait would run its injected script in the page (inPage.ts).
    await page.goto(target.baseUrl, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const ready = target.name === 'app' ? '[data-map-state="ready"]' : 'body[data-map-state="ready"]';
    await whenAttached(cdp, ready, TIMEOUT_MS);
    const idle = await page.evaluate(() => performance.getEntriesByName('map-first-idle')[0]?.startTime ?? null);
    return { ...(await paintTimings(page)), mapIdleMs: idle };
  } finally {
    await page.context().close();
  }
}

/**
 * Taps a claim as soon as its row is there (or, `late`, once the app has taken the page over) and times the answer, on
 * the page's own clock from navigation start.
 */
async function tapOnce(browser: Browser, target: Served, claimId: string, late = false): Promise<TapRun> {
  const { page, cdp } = await throttledPage(browser);
  const row = `[data-claim="${claimId}"]`;
  // Before the page's scripts: when the row first exists, when the tap lands, and the frames that show the row chosen
  // and the claim's card.
  await page.addInitScript((selector) => {
    const seen: BenchTap = { row: null, tap: null, chosen: null, afterFrame: null, presented: null, card: null };
    Object.assign(window, { benchTap: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        if (entry.name === 'click' && seen.tap !== null && seen.chosen !== null && seen.chosen <= entry.processingEnd)
          seen.presented ??= entry.startTime + entry.duration;
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit & { durationThreshold: number });
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    new MutationObserver((_records, observer) => {
      if (seen.row === null && document.querySelector(selector)) seen.row = performance.now();
      if (seen.tap === null) return;
      // The frame that shows it: a task queued from the next animation frame runs once that frame is rendered.
      if (seen.chosen === null && document.querySelector(`${selector}[aria-pressed="true"]`)) {
        seen.chosen = performance.now();
        requestAnimationFrame(() => setTimeout(() => (seen.afterFrame ??= performance.now())));
      }
      if (seen.card === null && document.getElementById('card-title'))
        requestAnimationFrame(() => setTimeout(() => (seen.card ??= performance.now())));
      if (seen.chosen !== null && seen.card !== null) observer.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-pressed'] });
    addEventListener(
      'pointerdown',
      (event) => {
        if (seen.tap === null && event.target instanceof Element && event.target.closest(selector))
          seen.tap = performance.now();
      },
      true,
    );
  }, row);
  try {
    await page.goto(target.baseUrl, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    // Every wait until the answer goes through CDP: Playwright's own would run its injected script in the page, during
    // the load or between the tap and its answer (see inPage.ts).
    await whenAttached(cdp, late ? '.svg-map--fitted' : row, TIMEOUT_MS);
    // Straight to the screen, without Playwright's checks that the row is still (they take frames): bring it into view
    // in the panel, then touch its middle.
    const box = await inPage(
      cdp,
      (selector: string) => {
        const element = document.querySelector(selector);
        element?.scrollIntoView({ block: 'center' });
        const rect = element?.getBoundingClientRect();
        return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      },
      row,
      TIMEOUT_MS,
    );
    if (!box) throw new Error(`${target.name}: no ${row} to tap`);
    await page.touchscreen.tap(box.x, box.y);
    // A tap that the page never answers is recorded as such (null), not waited for forever.
    await inPage(
      cdp,
      (quietMs: number) =>
        new Promise<void>((resolve) => {
          const timer = setInterval(() => {
            const { afterFrame, presented, card } = (window as unknown as { benchTap: BenchTap }).benchTap;
            // A click answered within 16 ms has no Event Timing entry: a second after the frame, none is coming.
            if (afterFrame === null || card === null) return;
            if (presented === null && performance.now() - afterFrame <= quietMs) return;
            clearInterval(timer);
            resolve();
          }, 50);
        }),
      1_000,
      ANSWER_TIMEOUT_MS,
    ).catch(() => console.warn(`${target.name}: a tap on ${row} was not answered within ${ANSWER_TIMEOUT_MS} ms`));
    return await page.evaluate(() => {
      const { benchTap } = window as unknown as { benchTap: BenchTap };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const tappable = benchTap.row === null || fcp === null ? benchTap.row : Math.max(benchTap.row, fcp);
      const answered = benchTap.presented ?? benchTap.afterFrame;
      return { tappableMs: tappable, tapMs: benchTap.tap, answeredMs: answered, cardMs: benchTap.card };
    });
  } finally {
    await page.context().close();
  }
}

export type ThrottledResult = {
  app: { load: LoadRun[]; tap: TapRun[]; lateTap: TapRun[] };
  baseline: { load: LoadRun[] };
};

/**
 * `runs` rounds of: each build of the app loading (one, or several to compare), the bare page loading, then each build
 * with a tap on a claim as soon as its row is there and one after the takeover. One result per build, each with the
 * bare page's runs of the same rounds.
 */
export async function measureThrottled(
  browser: Browser,
  apps: readonly Served[],
  baseline: Served,
  claimId: string,
  runs: number,
): Promise<ThrottledResult[]> {
  const bareLoads: LoadRun[] = [];
  const results = apps.map((): ThrottledResult => ({
    app: { load: [], tap: [], lateTap: [] },
    baseline: { load: bareLoads },
  }));
  const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
  for (let run = 1; run <= runs; run++) {
    for (const [index, app] of apps.entries()) results[index]?.app.load.push(await loadOnce(browser, app));
    bareLoads.push(await loadOnce(browser, baseline));
    for (const [index, app] of apps.entries()) {
      results[index]?.app.tap.push(await tapOnce(browser, app, claimId));
      results[index]?.app.lateTap.push(await tapOnce(browser, app, claimId, true));
    }
    const bare = bareLoads.at(-1);
    for (const [index, result] of results.entries()) {
      const load = result.app.load.at(-1);
      const tap = result.app.tap.at(-1);
      const late = result.app.lateTap.at(-1);
      if (!load || !tap || !late || !bare) continue;
      console.log(
        `throttled run ${run}${apps.length > 1 ? `, build ${index + 1}` : ''}: app FCP ${ms(load.fcpMs)} LCP ${ms(load.lcpMs)} ` +
          `(${load.lcpElement ?? '?'}) | bare FCP ${ms(bare.fcpMs)} LCP ${ms(bare.lcpMs)} | tap: tappable ` +
          `${ms(tap.tappableMs)}, tapped ${ms(tap.tapMs)}, answered ${ms(tap.answeredMs)}, card ${ms(tap.cardMs)} | ` +
          `late tap: tapped ${ms(late.tapMs)}, answered ${ms(late.answeredMs)}, card ${ms(late.cardMs)}`,
      );
    }
  }
  return results;
}

/** Median and range of one measure over the runs. */
export type Spread = { median: number | null; min: number | null; max: number | null };

function spreadOf(values: readonly (number | null)[]): Spread {
  const xs = values.filter((v): v is number => v !== null);
  return {
    median: median(xs),
    min: xs.length > 0 ? Math.min(...xs) : null,
    max: xs.length > 0 ? Math.max(...xs) : null,
  };
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** Each measure's median and range, the app beside the bare page, with the targets of issue 16. */
export function summariseThrottled(result: ThrottledResult) {
  const load = (runs: LoadRun[], key: Exclude<keyof LoadRun, 'lcpElement'>) => spreadOf(runs.map((run) => run[key]));
  const taps = result.app.tap;
  return {
    htmlReceived: { app: load(result.app.load, 'htmlReceivedMs'), bare: load(result.baseline.load, 'htmlReceivedMs') },
    firstScriptRequest: {
      app: load(result.app.load, 'firstScriptRequestMs'),
      bare: load(result.baseline.load, 'firstScriptRequestMs'),
    },
    fcp: { app: load(result.app.load, 'fcpMs'), bare: load(result.baseline.load, 'fcpMs') },
    lcp: { app: load(result.app.load, 'lcpMs'), bare: load(result.baseline.load, 'lcpMs') },
    mapIdle: { app: load(result.app.load, 'mapIdleMs'), bare: load(result.baseline.load, 'mapIdleMs') },
    tappable: spreadOf(taps.map((tap) => tap.tappableMs)),
    answered: spreadOf(taps.map((tap) => tap.answeredMs)),
    tapToAnswer: spreadOf(taps.map((tap) => difference(tap.answeredMs, tap.tapMs))),
    tappableToAnswer: spreadOf(taps.map((tap) => difference(tap.answeredMs, tap.tappableMs))),
    card: spreadOf(taps.map((tap) => tap.cardMs)),
    lateTapToAnswer: spreadOf(result.app.lateTap.map((tap) => difference(tap.answeredMs, tap.tapMs))),
    lateTapToCard: spreadOf(result.app.lateTap.map((tap) => difference(tap.cardMs, tap.tapMs))),
  };
}

const cell = (spread: Spread) =>
  spread.median === null
    ? 'n/a'
    : `${Math.round(spread.median)} ms (${Math.round(spread.min ?? 0)}–${Math.round(spread.max ?? 0)})`;
const ratioCell = (app: Spread, bare: Spread) =>
  app.median === null || bare.median === null || bare.median === 0 ? '' : `${(app.median / bare.median).toFixed(2)}×`;

export function throttledRows(summary: ReturnType<typeof summariseThrottled>): string[][] {
  const pair = (label: string, measure: { app: Spread; bare: Spread }, target: string) => [
    label,
    cell(measure.app),
    cell(measure.bare),
    ratioCell(measure.app, measure.bare),
    target,
  ];
  const appOnly = (label: string, measure: Spread, target: string) => [label, cell(measure), '', '', target];
  return [
    pair('HTML received', summary.htmlReceived, ''),
    pair('first script requested', summary.firstScriptRequest, 'after the HTML'),
    pair('first contentful paint', summary.fcp, '≤ 600 ms'),
    pair('largest contentful paint', summary.lcp, '≤ 800 ms, ≤ 0.3×'),
    pair('MapLibre first idle (untouched)', summary.mapIdle, ''),
    appOnly('claim row tappable (in the page, painted)', summary.tappable, ''),
    appOnly('tap answered: claim shown chosen', summary.answered, ''),
    appOnly('  tap → answer', summary.tapToAnswer, '≤ 100 ms'),
    appOnly('  tappable → answer (with the harness’s own delay)', summary.tappableToAnswer, ''),
    appOnly('app took over: the claim’s card shown', summary.card, ''),
    appOnly('tapped after the takeover: tap → answer', summary.lateTapToAnswer, '≤ 100 ms'),
    appOnly('  tap → the claim’s card shown', summary.lateTapToCard, ''),
  ];
}
