// Lighthouse scores for a served build, on the mobile and desktop presets, through its command line (offline, system Chromium).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/chromium';
import { repoRoot } from '../tests/support/staticServer';

const run = promisify(execFile);

export type Preset = 'mobile' | 'desktop';
/** Lab metrics in milliseconds (null when Lighthouse could not measure them). */
type LighthouseMetrics = {
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  speedIndexMs: number | null;
};
export type LighthouseScores = {
  preset: Preset;
  scores: Record<string, number | null>;
  failing: string[];
  metrics: LighthouseMetrics;
};

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; numericValue?: number }>;
};

export async function lighthouse(
  url: string,
  preset: Preset,
  categories: readonly string[],
): Promise<LighthouseScores> {
  const args = [
    url,
    `--only-categories=${categories.join(',')}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await run(join(repoRoot, 'node_modules', '.bin', 'lighthouse'), args, {
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as Report;
  const scores = Object.fromEntries(categories.map((id) => [id, report.categories[id]?.score ?? null]));
  // Audits that cost points: those with weight whose score is below 1.
  const failing = categories.flatMap((id) =>
    (report.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${report.audits[ref.id]?.title ?? ref.id}`),
  );
  const metric = (id: string): number | null => report.audits[id]?.numericValue ?? null;
  const metrics = {
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    speedIndexMs: metric('speed-index'),
  };
  return { preset, scores, failing, metrics };
}
