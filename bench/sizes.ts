/**
 * Sizes of the built app (dist/), raw and gzip, grouped for the bundle budget. What index.html inlines counts as what it
 * is: its <style> as CSS, its inline scripts as app code, inline JSON as data; the rest of the page is the HTML (the
 * first view's markup), reported beside the budget. Inlined parts are gzipped on their own (inside the page they share
 * one stream, so the page's own gzip size is a little less than the sum).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DETAIL_URL, WORLD_URL } from '../src/shipped/paths';
import { DEFAULT_STORY_FILE_PREFIX } from '../vite-plugins/defaultStory';

const GROUPS = [
  'MapLibre',
  'React',
  'app code',
  'CSS',
  'data',
  'map adapter',
  'embed mode',
  'editor',
  'host script',
  'on demand',
  'countries',
  'HTML',
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

/** The pseudo-files for what index.html inlines are named `index.html <style>` and so on. */
function classify(path: string): Group {
  if (path === 'index.html <style>') return 'CSS';
  if (path === 'index.html <script>') return 'app code';
  if (path === 'index.html <json>') return 'data';
  if (path === 'index.html') return 'HTML';
  const name = path.slice(path.lastIndexOf('/') + 1);
  const isJs = /\.(m?js|cjs)$/.test(name);
  // One file per country (geo/README.md): a story fetches only those it names, so they are listed as one row.
  if (path.startsWith('data/countries/')) return 'countries';
  if (path.startsWith('data/') || path.startsWith('stories/') || path.startsWith(DEFAULT_STORY_FILE_PREFIX))
    return 'data';
  // The host script runs on news pages, not in the app; the embed-mode chunk loads only inside iframes (?embed=1).
  if (path === HOST_SCRIPT_PATH) return 'host script';
  if (name.startsWith('embedMode')) return 'embed mode';
  // The story editor (`?edit`, src/editor/) is a chunk and a stylesheet of its own that readers never load.
  if (name.startsWith('startEditor')) return 'editor';
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
  const story = listFiles(join(distDir, 'assets'))
    .map((file) => relative(distDir, file))
    .filter((file) => file.startsWith(DEFAULT_STORY_FILE_PREFIX));
  return new Set([...referenced, ...story, DETAIL_URL, WORLD_URL]);
}

/** App code, CSS and data that only a reader's action fetches (another story, the checker) do not count. */
function classifyLoad(path: string, firstLoad: ReadonlySet<string>): Group {
  const group = classify(path);
  const budgeted = BUDGET_GROUPS.includes(group) && !path.startsWith('index.html');
  return budgeted && !firstLoad.has(path) ? 'on demand' : group;
}

const INLINED: readonly [path: string, pattern: RegExp][] = [
  ['index.html <style>', /<style>([\s\S]*?)<\/style>/g],
  ['index.html <json>', /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g],
  ['index.html <script>', /<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g],
];

/** index.html as its markup plus one pseudo-file for each kind of thing it inlines. */
function splitPage(html: string): { path: string; bytes: Buffer }[] {
  let markup = html;
  const parts = INLINED.flatMap(([path, pattern]) => {
    const texts = [...html.matchAll(pattern)].map(([whole, text = '']) => {
      markup = markup.replace(whole, '');
      return text;
    });
    return texts.length === 0 ? [] : [{ path, bytes: Buffer.from(texts.join('\n')) }];
  });
  return [{ path: 'index.html', bytes: Buffer.from(markup) }, ...parts];
}

export function measureDist(distDir: string): SizeReport {
  const firstLoad = firstLoadPaths(distDir);
  const contents = listFiles(distDir).flatMap((file) => {
    const path = relative(distDir, file).split(sep).join('/');
    const bytes = readFileSync(file);
    return path === 'index.html' ? splitPage(bytes.toString('utf8')) : [{ path, bytes }];
  });
  const files = contents.map(({ path, bytes }): FileSize => ({
    path,
    group: classifyLoad(path, firstLoad),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  }));
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

function inlinedSummary(files: readonly FileSize[]): string {
  const inlined = files.filter((file) => file.path.startsWith('index.html <'));
  if (inlined.length === 0) return 'nothing';
  return inlined.map((file) => `${file.path.slice('index.html '.length)} ${kb(file.gzip)}`).join(', ');
}

export function formatSizes(report: SizeReport): string {
  const countries = report.groups.countries;
  const fileRows = [
    ...report.files.filter((f) => f.group !== 'countries').map((f) => [f.path, f.group, kb(f.raw), kb(f.gzip)]),
    ...(countries.files > 0
      ? [[`data/countries/ (${countries.files} files)`, 'countries', kb(countries.raw), kb(countries.gzip)]]
      : []),
  ];
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
    `  of which inlined in index.html: ${inlinedSummary(report.files)}; the page's markup besides (not in the budget): ${kb(report.groups.HTML.gzip)}`,
    `With MapLibre's takeover (+ map adapter, gzip): ${kb(report.withMapLibre.gzipBytes)} of ${kb(budget.limitBytes)} — ${report.withMapLibre.pass ? 'PASS' : 'OVER'}`,
    `Editor (?edit; its own chunk and stylesheet, gzip): ${kb(report.groups.editor.gzip)}, not in the first load; it also loads the story checker (on demand)`,
    `Host script (${HOST_SCRIPT_PATH}, gzip): ${report.hostScript.gzipBytes} B of ${kb(report.hostScript.limitBytes)} — ${report.hostScript.pass ? 'PASS' : 'OVER'}`,
  ].join('\n');
}
