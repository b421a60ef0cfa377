/**
 * npm run bench (= vite build && tsx bench/run.ts): the app against a bare MapLibre page drawing the same map data.
 * (a) sizes of dist/ by group against the 60 KB gzip budget,
 * (b) per page, in headless Chromium (fresh contexts): first contentful paint, first paint of the map, MapLibre's first
 *     idle and its time from start to idle; the bytes each page fetched (JS, CSS, data, HTML; raw and gzip),
 * (c) Lighthouse mobile and desktop presets, several runs each (the machine is shared: medians, with the spread),
 * (d) under real throttling (bench/throttled.ts: CDP network and CPU emulation of a slow 4G phone), runs interleaved with
 *     the bare page: FCP, LCP, MapLibre's first idle, and the time until a tap on a claim, sent as soon as its row is
 *     there, is answered,
 * (e) app/baseline ratios printed,
 * (f) label legibility in every selection view (bench/legibility.ts),
 * (g) stories 10× and 50× the size of the shipped one against 1× (bench/scale.ts, issue 14),
 * everything written to bench/report.json.
 * BENCH_RUNS (timing runs, default 7), BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_THROTTLED_RUNS (default 5) and
 * BENCH_SCALE_RUNS (default 3) change the counts. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/chromium';
import { repoRoot, startStaticServer } from '../tests/support/staticServer';
import { launchBrowser } from './browser';
import {
  lighthouseRuns,
  serveBaseline,
  shippedBytes,
  timeOnce,
  type Served,
  type TargetName,
  type TimingRun,
} from './compare';
import { legibility, summarise as summariseLegibility, type LegibilityReport } from './legibility';
import type { LighthouseScores, Preset } from './lighthouse';
import { formatSizes, kb, measureDist, table } from './sizes';
import { measureThrottled, summariseThrottled, THROTTLING, throttledRows } from './throttled';
import { loadShippedStory, readShippedStoryJson } from '../src/story/fixtures/shippedStory';
import { runScale } from './scale';
import { median } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);
const THROTTLED_RUNS = Number(process.env['BENCH_THROTTLED_RUNS'] ?? 5);
const SCALE_RUNS = Number(process.env['BENCH_SCALE_RUNS'] ?? 3);
const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

function spread(values: readonly (number | null | undefined)[]): [number, number] | null {
  const xs = values.filter((v): v is number => typeof v === 'number');
  return xs.length === 0 ? null : [Math.min(...xs), Math.max(...xs)];
}

const ms = (v: number | null): string => (v === null ? 'n/a' : `${Math.round(v)} ms`);
const ratio = (app: number | null, baseline: number | null): number | null =>
  app === null || baseline === null || baseline === 0 ? null : app / baseline;
const fmtRatio = (r: number | null): string => (r === null ? 'n/a' : `${r.toFixed(2)}×`);

type LighthouseSummary = {
  preset: Preset;
  runs: LighthouseScores[];
  median: {
    performance: number | null;
    accessibility: number | null;
    lcpMs: number | null;
    tbtMs: number | null;
    fcpMs: number | null;
  };
  range: { performance: [number, number] | null; lcpMs: [number, number] | null; tbtMs: [number, number] | null };
};

function summarise(preset: Preset, runs: LighthouseScores[]): LighthouseSummary {
  const perf = runs.map((r) =>
    (r.scores['performance'] ?? null) === null ? null : Math.round((r.scores['performance'] ?? 0) * 100),
  );
  const a11y = runs.map((r) =>
    (r.scores['accessibility'] ?? null) === null ? null : Math.round((r.scores['accessibility'] ?? 0) * 100),
  );
  return {
    preset,
    runs,
    median: {
      performance: median(perf),
      accessibility: median(a11y),
      lcpMs: median(runs.map((r) => r.metrics.lcpMs)),
      tbtMs: median(runs.map((r) => r.metrics.tbtMs)),
      fcpMs: median(runs.map((r) => r.metrics.fcpMs)),
    },
    range: {
      performance: spread(perf),
      lcpMs: spread(runs.map((r) => r.metrics.lcpMs)),
      tbtMs: spread(runs.map((r) => r.metrics.tbtMs)),
    },
  };
}

async function measureTarget(target: Served) {
  const browser = await launchBrowser();
  const fetched = new Set<string>();
  const runs: TimingRun[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const timing = await timeOnce(browser, target, fetched);
      runs.push(timing);
      console.log(
        `${target.name} run ${run}: FCP ${ms(timing.fcpMs)}, map first paint ${ms(timing.mapFirstPaintMs)}, first idle ${ms(timing.mapFirstIdleMs)}, start→idle ${ms(timing.mapStartToIdleMs)}`,
      );
    }
  } finally {
    await browser.close();
  }
  const lighthouse: LighthouseSummary[] = [];
  for (const preset of PRESETS)
    lighthouse.push(summarise(preset, await lighthouseRuns(target, preset, LIGHTHOUSE_RUNS)));
  return {
    runs,
    median: {
      fcpMs: median(runs.map((r) => r.fcpMs)),
      mapFirstPaintMs: median(runs.map((r) => r.mapFirstPaintMs)),
      mapFirstIdleMs: median(runs.map((r) => r.mapFirstIdleMs)),
      mapStartToIdleMs: median(runs.map((r) => r.mapStartToIdleMs)),
    },
    shipped: shippedBytes(target.distDir, target.baseUrl, fetched),
    lighthouse,
  };
}

async function main(): Promise<void> {
  console.log('== Bundle sizes (dist/) ==');
  const sizes = measureDist(join(repoRoot, 'dist'));
  console.log(formatSizes(sizes));

  console.log('\n== Building the bare MapLibre page (bench/baseline/) ==');
  execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'vite'),
    ['build', '--config', join(repoRoot, 'bench', 'baseline', 'vite.config.ts'), '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );

  const targets: Record<TargetName, Served> = {
    app: { ...(await startStaticServer(join(repoRoot, 'dist'))), name: 'app', distDir: join(repoRoot, 'dist') },
    baseline: await serveBaseline(),
  };
  const results: Partial<Record<TargetName, Awaited<ReturnType<typeof measureTarget>>>> = {};
  let throttled;
  try {
    for (const target of Object.values(targets)) {
      console.log(`\n== ${target.name}: ${RUNS} timing runs, ${LIGHTHOUSE_RUNS} Lighthouse runs per preset ==`);
      results[target.name] = await measureTarget(target);
    }
    console.log(`\n== Real throttling: ${THROTTLED_RUNS} rounds, the app and the bare page interleaved ==`);
    const claim = loadShippedStory().claims[0];
    if (!claim) throw new Error('the shipped story has no claim to tap');
    const browser = await launchBrowser();
    try {
      [throttled] = await measureThrottled(browser, [targets.app], targets.baseline, claim.id, THROTTLED_RUNS);
    } finally {
      await browser.close();
    }
  } finally {
    await Promise.all(Object.values(targets).map((target) => target.close()));
  }
  const { app, baseline } = results;
  if (!app || !baseline || !throttled) throw new Error('a target was not measured');

  const rows: string[][] = [];
  const row = (label: string, a: number | null, b: number | null, format: (v: number | null) => string) =>
    rows.push([label, format(a), format(b), fmtRatio(ratio(a, b))]);
  row('first contentful paint', app.median.fcpMs, baseline.median.fcpMs, ms);
  row('map first paint', app.median.mapFirstPaintMs, baseline.median.mapFirstPaintMs, ms);
  row('MapLibre first idle (from navigation)', app.median.mapFirstIdleMs, baseline.median.mapFirstIdleMs, ms);
  row('MapLibre start → first idle', app.median.mapStartToIdleMs, baseline.median.mapStartToIdleMs, ms);
  for (const kind of ['js', 'css', 'data', 'html'] as const) {
    row(`${kind} shipped, raw`, app.shipped[kind].raw, baseline.shipped[kind].raw, (v) => (v === null ? 'n/a' : kb(v)));
    row(`${kind} shipped, gzip`, app.shipped[kind].gzip, baseline.shipped[kind].gzip, (v) =>
      v === null ? 'n/a' : kb(v),
    );
  }
  for (const [index, preset] of PRESETS.entries()) {
    const a = app.lighthouse[index];
    const b = baseline.lighthouse[index];
    row(`Lighthouse ${preset} performance`, a?.median.performance ?? null, b?.median.performance ?? null, (v) =>
      v === null ? 'n/a' : String(v),
    );
    row(`Lighthouse ${preset} LCP`, a?.median.lcpMs ?? null, b?.median.lcpMs ?? null, ms);
    row(`Lighthouse ${preset} TBT`, a?.median.tbtMs ?? null, b?.median.tbtMs ?? null, ms);
  }
  console.log(
    `\n== App vs bare MapLibre page (medians) ==\n${table(['measure', 'app', 'baseline', 'app/baseline'], rows)}`,
  );
  const throttledSummary = summariseThrottled(throttled);
  const conditions =
    `${THROTTLING.latencyMs} ms RTT, ${THROTTLING.downloadBitsPerSecond / 1e6} Mbps down, ` +
    `${THROTTLING.uploadBitsPerSecond / 1e3} Kbps up, CPU ${THROTTLING.cpuSlowdown}× slower, ` +
    `${THROTTLING.viewport.width}×${THROTTLING.viewport.height} touch`;
  console.log(
    `\n== Real throttling (${conditions}): medians (range) of ${THROTTLED_RUNS} interleaved runs, from navigation ==\n` +
      table(['measure', 'app', 'bare MapLibre', 'app/bare', 'target'], throttledRows(throttledSummary)),
  );
  for (const summary of app.lighthouse) {
    console.log(
      `app ${summary.preset}: performance range ${JSON.stringify(summary.range.performance)}, LCP range ${JSON.stringify(summary.range.lcpMs)}, TBT range ${JSON.stringify(summary.range.tbtMs)}, accessibility ${summary.median.accessibility ?? 'n/a'}`,
    );
  }

  // Label legibility in every selection view, three sizes, both renderers, and printed (bench/legibility.ts).
  const served = await startStaticServer(join(repoRoot, 'dist'));
  let legible: LegibilityReport;
  try {
    console.log(
      '\n== Label legibility: every selection view, 360×740, 700×600 embed, 1280×800, live and picture; A4 print ==',
    );
    legible = await legibility(served.baseUrl);
    console.log(summariseLegibility(legible).join('\n'));
  } finally {
    await served.close();
  }

  console.log(`\n== Scale: stories 1×, 10× and 50× the size, from ?story=, ${SCALE_RUNS} rounds interleaved ==`);
  const scale = await runScale(join(repoRoot, 'dist'), readShippedStoryJson(), SCALE_RUNS);

  const report = {
    date: new Date().toISOString(),
    legibility: legible,
    chromium: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    runs: { timing: RUNS, lighthouse: LIGHTHOUSE_RUNS, throttled: THROTTLED_RUNS, scale: SCALE_RUNS },
    sizes,
    app,
    baseline,
    throttled: { conditions: THROTTLING, runs: throttled, summary: throttledSummary },
    scale,
    ratios: Object.fromEntries(rows.map(([label = '', , , r = '']) => [label, r])),
  };
  const out = fileURLToPath(new URL('./report.json', import.meta.url));
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log('\nWrote bench/report.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
