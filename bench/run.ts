/**
 * npm run bench (= vite build && tsx bench/run.ts)
 * (a) sizes of dist/ by group against the 60 KB gzip budget,
 * (b) time to the map's first idle and FCP in headless Chromium (5 fresh contexts),
 * (c) Lighthouse accessibility and performance scores on the mobile and desktop presets,
 * (d) everything written to bench/report.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath, launchBrowser, openPage, waitForMapReady } from '../tests/e2e/support/browser';
import { repoRoot, startDistServer } from '../tests/e2e/support/global-setup';
import { lighthouse, type LighthouseScores } from './lighthouse';
import { formatSizes, measureDist } from './sizes';

const RUNS = 5;

interface TimingRun {
  run: number;
  mapFirstIdleMs: number | null;
  fcpMs: number | null;
  consoleErrors: string[];
  foreignRequests: string[];
}

function median(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const hi = xs[mid] ?? 0;
  return xs.length % 2 === 1 ? hi : ((xs[mid - 1] ?? hi) + hi) / 2;
}

const ms = (v: number | null): string => (v === null ? 'n/a' : `${Math.round(v)} ms`);

async function measureTiming(): Promise<{ browserVersion: string; runs: TimingRun[] }> {
  const server = await startDistServer();
  try {
    const browser = await launchBrowser();
    try {
      const runs: TimingRun[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const { page, consoleErrors, foreignRequests } = await openPage(browser, { baseUrl: server.baseUrl });
        try {
          await waitForMapReady(page);
          const t = await page.evaluate(() => ({
            idle: performance.getEntriesByName('map-first-idle')[0]?.startTime ?? null,
            fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          }));
          runs.push({ run, mapFirstIdleMs: t.idle, fcpMs: t.fcp, consoleErrors, foreignRequests });
          console.log(`run ${run}: map-first-idle ${ms(t.idle)}, FCP ${ms(t.fcp)}`);
        } finally {
          await page.context().close();
        }
      }
      return { browserVersion: browser.version(), runs };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

async function measureLighthouse(): Promise<LighthouseScores[]> {
  const server = await startDistServer();
  try {
    const results: LighthouseScores[] = [];
    for (const preset of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(server.baseUrl, preset, ['accessibility', 'performance']);
      const scores = Object.entries(result.scores).map(([id, score]) => `${id} ${score === null ? 'n/a' : Math.round(score * 100)}`);
      console.log(`${preset}: ${scores.join(', ')}${result.failing.length > 0 ? `\n  below 1: ${result.failing.join('; ')}` : ''}`);
      results.push(result);
    }
    return results;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const distDir = join(repoRoot, 'dist');

  console.log('== Bundle sizes (dist/) ==');
  const sizes = measureDist(distDir);
  console.log(formatSizes(sizes));

  console.log(`\n== Load timing (headless Chromium, ${RUNS} fresh contexts) ==`);
  const timing = await measureTiming();
  const medianIdle = median(timing.runs.map((r) => r.mapFirstIdleMs));
  const medianFcp = median(timing.runs.map((r) => r.fcpMs));
  console.log(`median: map-first-idle ${ms(medianIdle)}, FCP ${ms(medianFcp)}`);
  const noisy = timing.runs.filter((r) => r.consoleErrors.length > 0 || r.foreignRequests.length > 0);
  if (noisy.length > 0) {
    console.warn(`\nWarning: ${noisy.length} run(s) had console errors or foreign requests (see report.json).`);
  }

  console.log('\n== Lighthouse (mobile and desktop presets) ==');
  const lighthouseScores = await measureLighthouse();

  const report = {
    date: new Date().toISOString(),
    chromium: { executablePath: chromiumPath(), version: timing.browserVersion, args: CHROMIUM_ARGS },
    sizes,
    lighthouse: lighthouseScores,
    timing: {
      runs: timing.runs,
      median: { mapFirstIdleMs: medianIdle, fcpMs: medianFcp },
    },
  };
  const out = fileURLToPath(new URL('./report.json', import.meta.url));
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log("\nWrote bench/report.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
