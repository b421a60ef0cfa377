// The app against the bare MapLibre page (bench/baseline/): load timing in Chromium, bytes each page fetches, Lighthouse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { repoRoot, startStaticServer } from '../tests/support/staticServer';
import { openPage, waitForMapReady } from './browser';
import { lighthouse, type LighthouseScores, type Preset } from './lighthouse';

export type TargetName = 'app' | 'baseline';
export type Served = { name: TargetName; baseUrl: string; distDir: string; close: () => Promise<void> };

/** The bare page's build, served as the app's is: by the plain static server. */
export async function serveBaseline(): Promise<Served> {
  const distDir = join(repoRoot, 'bench', 'baseline', 'dist');
  return { name: 'baseline', distDir, ...(await startStaticServer(distDir)) };
}

export type TimingRun = {
  fcpMs: number | null;
  /** When the map is first on screen: the app's build-time SVG paints with the first contentful paint; the bare page's map with MapLibre's first frame. */
  mapFirstPaintMs: number | null;
  mapFirstIdleMs: number | null;
  /** From asking for MapLibre to its first idle: the library's start plus what each page adds to it. */
  mapStartToIdleMs: number | null;
  consoleErrors: string[];
};

async function waitReady(name: TargetName, page: Page): Promise<void> {
  if (name === 'app') return waitForMapReady(page);
  await page.waitForSelector('body[data-map-state="ready"]', { state: 'attached', timeout: 45_000 });
}

export async function timeOnce(browser: Browser, target: Served, fetched: Set<string>): Promise<TimingRun> {
  const { page, consoleErrors } = await openPage(browser, target.baseUrl);
  page.context().on('request', (request) => fetched.add(new URL(request.url()).pathname));
  // The document itself was requested before this listener existed.
  fetched.add(new URL(target.baseUrl).pathname);
  try {
    await waitReady(target.name, page);
    // No named helpers inside evaluate: tsx would wrap them in a __name() the page does not have.
    const [fcp = null, start = null, render = null, idle = null] = await page.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
      ['first-contentful-paint', 'map-start', 'map-first-render', 'map-first-idle'],
    );
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    for (const url of resources) fetched.add(new URL(url).pathname);
    const marks = { fcp, start, render, idle };
    return {
      fcpMs: marks.fcp,
      mapFirstPaintMs: target.name === 'app' ? marks.fcp : marks.render,
      mapFirstIdleMs: marks.idle,
      mapStartToIdleMs: marks.idle !== null && marks.start !== null ? marks.idle - marks.start : null,
      consoleErrors,
    };
  } finally {
    await page.context().close();
  }
}

type Bytes = { raw: number; gzip: number };
export type Shipped = Record<'js' | 'css' | 'data' | 'html', Bytes> & { files: string[] };

/** Bytes of the files a page fetched up to its map's first idle, from dist/ (raw and gzip -9), by kind. */
export function shippedBytes(distDir: string, base: string, fetched: ReadonlySet<string>): Shipped {
  const shipped: Shipped = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    html: { raw: 0, gzip: 0 },
    files: [],
  };
  const basePath = new URL(base).pathname;
  for (const path of [...fetched].sort()) {
    const relative = path.startsWith(basePath) ? path.slice(basePath.length) : path.slice(1);
    const file = relative === '' ? 'index.html' : relative;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(distDir, file));
    } catch {
      continue;
    }
    const kind = /\.m?js$/.test(file)
      ? 'js'
      : file.endsWith('.css')
        ? 'css'
        : file.endsWith('.html')
          ? 'html'
          : /\.(geo)?json$/.test(file)
            ? 'data'
            : null;
    if (!kind) continue;
    shipped[kind].raw += bytes.length;
    shipped[kind].gzip += gzipSync(bytes, { level: 9 }).length;
    shipped.files.push(file);
  }
  return shipped;
}

export async function lighthouseRuns(target: Served, preset: Preset, runs: number): Promise<LighthouseScores[]> {
  const categories = target.name === 'app' ? ['accessibility', 'performance'] : ['performance'];
  const results: LighthouseScores[] = [];
  for (let run = 1; run <= runs; run++) {
    const result = await lighthouse(target.baseUrl, preset, categories);
    const { metrics } = result;
    const score = result.scores['performance'];
    console.log(
      `${target.name} ${preset} #${run}: performance ${score === null || score === undefined ? 'n/a' : Math.round(score * 100)}, ` +
        `LCP ${Math.round(metrics.lcpMs ?? NaN)} ms, TBT ${Math.round(metrics.tbtMs ?? NaN)} ms, FCP ${Math.round(metrics.fcpMs ?? NaN)} ms`,
    );
    results.push(result);
  }
  return results;
}
