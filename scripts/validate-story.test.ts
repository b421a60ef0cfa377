// The CLI: one line per problem, exit 1 on problems, 0 when clean, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');

function run(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-story.ts', ...files], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts Node with tsx, which takes seconds on a busy two-core machine: the default 5 s is too tight.
describe('npm run story:check', { timeout: 60_000 }, () => {
  test('the shipped stories are clean', () => {
    const { status, stdout } = run(
      'public/stories/karabakh-2020.json',
      'public/stories/karabakh-2023.json',
      'public/stories/thailand-cambodia-2025.json',
    );
    expect({ status, stdout }).toEqual({ status: 0, stdout: '' });
  }, 60_000);

  test('a country code that names no country is found before publishing, at its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-story-'));
    const text = readFileSync(join(root, 'public/stories/thailand-cambodia-2025.json'), 'utf8');
    writeFileSync(join(dir, 'nowhere.json'), text.replace('"country": "764"', '"country": "999"'));
    const { status, stdout } = run(join(dir, 'nowhere.json'));
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /nowhere\.json:\d+:\d+: regions\.0\.outlines\.0\.country: no country has the ISO 3166-1 numeric code "999"/,
    );
  }, 60_000);

  test('bad files get one line each and exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-story-'));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'broken.json'), '{\n  "version": 1,\n  "id": oops\n}');
    writeFileSync(join(dir, 'huge.json'), ' '.repeat(3 * 1024 * 1024));
    mkdirSync(join(dir, 'folder.json'));
    const names = ['empty.json', 'broken.json', 'huge.json', 'folder.json', 'missing.json'].map((name) =>
      join(dir, name),
    );
    const { status, stdout, stderr } = run(...names);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      `${join(dir, 'empty.json')}: the file is empty: a story is a JSON object (see AUTHORING.md)`,
      `${join(dir, 'broken.json')}:3:9: not valid JSON: unexpected character (names and text need double quotes)`,
      `${join(dir, 'huge.json')}: the file is 3.0 MB; a story may be at most 2.0 MB (2,097,152 bytes)`,
      `${join(dir, 'folder.json')}: is not a file`,
      `${join(dir, 'missing.json')}: no such file`,
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  test('a file in UTF-8 with a byte-order mark is the same story; UTF-16 gets the app’s message; a flood of problems is cut', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-story-'));
    const text = readFileSync(join(root, 'public/stories/karabakh-2020.json'), 'utf8');
    writeFileSync(join(dir, 'bom.json'), `\ufeff${text}`);
    writeFileSync(join(dir, 'utf16.json'), Buffer.from(`\ufeff${text}`, 'utf16le'));
    const story = JSON.parse(text) as { claims: Record<string, unknown>[] };
    story.claims = Array.from({ length: 300 }, (_, index) => ({ ...story.claims[0], id: `c${index}`, qoute: 'x' }));
    writeFileSync(join(dir, 'many.json'), JSON.stringify(story, null, 2));
    const { stdout, stderr } = run(join(dir, 'bom.json'), join(dir, 'utf16.json'), join(dir, 'many.json'));
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(`${join(dir, 'utf16.json')}: is UTF-16 text; a story must be UTF-8: save it again as UTF-8`);
    expect(lines.filter((line) => line.startsWith(join(dir, 'many.json')))).toHaveLength(101);
    // 300 misspelt fields, and what else copying one claim 300 times breaks (the timeline names claims now gone).
    const total = Number(/(\d+) problem\(s\) found/.exec(stderr)?.[1]);
    expect(total).toBeGreaterThanOrEqual(1 + 300);
    expect(lines.at(-1)).toBe(
      `${join(dir, 'many.json')}: …and ${total - 1 - 100} more problems (the first 100 are listed)`,
    );
  }, 60_000);

  test('--regions takes another map topology, and says why one will not do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-story-'));
    writeFileSync(join(dir, 'regions.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
    const story = 'public/stories/karabakh-2020.json';
    expect(run('--regions', 'public/data/detail.topo.json', story)).toMatchObject({ status: 0, stdout: '' });
    const { status, stderr } = run('--regions', join(dir, 'regions.geojson'), story);
    expect({ status, stderr: stderr.trim() }).toEqual({
      status: 2,
      stderr: `${join(dir, 'regions.geojson')}: cannot read the region outlines: regions.geojson is not a TopoJSON Topology`,
    });
  }, 60_000);
});
