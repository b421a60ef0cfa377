/** Sizes of the built app (dist/), raw and gzip, grouped for the bundle budget. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CAUCASUS_URL, STORY_URL, WORLD_URL } from '../src/app/loadData';

const GROUPS = [
  'MapLibre',
  'React',
  'app code',
  'CSS',
  'data',
  'map adapter',
  'embed mode',
  'host script',
  'on demand',
  'other',
] as const;
type Group = (typeof GROUPS)[number];

/** Groups that count against the budget (MapLibre and React are long-cached vendor chunks). */
const BUDGET_GROUPS: readonly Group[] = ['app code', 'CSS', 'data'];
/** 60 KB gzip, counted as 60 × 1024 bytes. */
const BUDGET_BYTES = 60 * 1024;

/** The host script (dist/embed.js) has its own budget: 3 KB gzip. */
const HOST_SCRIPT_PATH = 'embed.js';
const HOST_SCRIPT_BUDGET_BYTES = 3 * 1024;

interface FileSize {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  group: Group;
  raw: number;
  gzip: number;
}

interface GroupSize {
  files: number;
  raw: number;
  gzip: number;
}

export interface SizeReport {
  files: FileSize[];
  groups: Record<Group, GroupSize>;
  budget: { groups: readonly Group[]; limitBytes: number; gzipBytes: number; pass: boolean };
  /** The first load plus what MapLibre's takeover adds of ours: every byte of app code and data a reader who stays gets. */
  withMapLibre: { gzipBytes: number; pass: boolean };
  hostScript: { limitBytes: number; gzipBytes: number; pass: boolean };
}

function classify(path: string): Group {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const isJs = /\.(m?js|cjs)$/.test(name);
  if (path.startsWith('data/') || path.startsWith('stories/')) return 'data';
  // The host script runs on news pages, not in the app; the embed-mode chunk loads only inside iframes (?embed=1).
  if (path === HOST_SCRIPT_PATH) return 'host script';
  if (name.startsWith('embedMode')) return 'embed mode';
  // Our MapLibre adapter (src/map/MapLibreMap.tsx and react-maplibre) loads with MapLibre, after the first paint.
  if (name.startsWith('MapLibreMap')) return 'map adapter';
  // The 'maplibre' chunk (vite.config.ts codeSplitting group), maplibre-gl-worker-*.js and MapLibre's own stylesheet.
  if (name.startsWith('maplibre')) return 'MapLibre';
  if (name.endsWith('.css')) return 'CSS';
  if (isJs && name.startsWith('react')) return 'React';
  if (isJs) return 'app code';
  return 'other';
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The first load: the files index.html loads or preloads, and the data the app fetches as it starts. */
function firstLoadPaths(distDir: string): Set<string> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
  return new Set([...referenced, STORY_URL, CAUCASUS_URL, WORLD_URL]);
}

/** App code, CSS and data that only a reader's action fetches (another story, the checker) do not count. */
function classifyLoad(path: string, firstLoad: ReadonlySet<string>): Group {
  const group = classify(path);
  const budgeted = BUDGET_GROUPS.includes(group) && path !== 'index.html';
  return budgeted && !firstLoad.has(path) ? 'on demand' : group;
}

export function measureDist(distDir: string): SizeReport {
  const firstLoad = firstLoadPaths(distDir);
  const files = listFiles(distDir).map((file): FileSize => {
    const bytes = readFileSync(file);
    const path = relative(distDir, file).split(sep).join('/');
    return {
      path,
      group: classifyLoad(path, firstLoad),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
  const groups = Object.fromEntries(GROUPS.map((g) => [g, { files: 0, raw: 0, gzip: 0 }])) as Record<Group, GroupSize>;
  for (const f of files) {
    const g = groups[f.group];
    g.files += 1;
    g.raw += f.raw;
    g.gzip += f.gzip;
  }
  const gzipBytes = BUDGET_GROUPS.reduce((sum, g) => sum + groups[g].gzip, 0);
  const hostBytes = groups['host script'].gzip;
  return {
    files,
    groups,
    budget: { groups: BUDGET_GROUPS, limitBytes: BUDGET_BYTES, gzipBytes, pass: gzipBytes <= BUDGET_BYTES },
    withMapLibre: {
      gzipBytes: gzipBytes + groups['map adapter'].gzip,
      pass: gzipBytes + groups['map adapter'].gzip <= BUDGET_BYTES,
    },
    hostScript: {
      limitBytes: HOST_SCRIPT_BUDGET_BYTES,
      gzipBytes: hostBytes,
      pass: hostBytes > 0 && hostBytes <= HOST_SCRIPT_BUDGET_BYTES,
    },
  };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A plain text table; the first column is left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatSizes(report: SizeReport): string {
  const fileRows = report.files.map((f) => [f.path, f.group, kb(f.raw), kb(f.gzip)]);
  const groupRows = GROUPS.map((g) => {
    const s = report.groups[g];
    return [g, String(s.files), kb(s.raw), kb(s.gzip)];
  });
  const { budget } = report;
  const verdict = budget.pass ? 'PASS' : 'OVER';
  return [
    table(['file', 'group', 'raw', 'gzip'], fileRows),
    '',
    table(['group', 'files', 'raw', 'gzip'], groupRows),
    '',
    `Budget (${budget.groups.join(' + ')}, gzip): ${kb(budget.gzipBytes)} of ${kb(budget.limitBytes)} — ${verdict}`,
    `With MapLibre's takeover (+ map adapter, gzip): ${kb(report.withMapLibre.gzipBytes)} of ${kb(budget.limitBytes)} — ${report.withMapLibre.pass ? 'PASS' : 'OVER'}`,
    `Host script (${HOST_SCRIPT_PATH}, gzip): ${report.hostScript.gzipBytes} B of ${kb(report.hostScript.limitBytes)} — ${report.hostScript.pass ? 'PASS' : 'OVER'}`,
  ].join('\n');
}
