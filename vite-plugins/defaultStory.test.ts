// The build option DEFAULT_STORY: the page opens on the chosen story, with its first view, title and description
// rendered in, and the story emitted checked for the app to load without the checker.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const STORY = 'stories/thailand-cambodia-2025.json';
const outDir = mkdtempSync(join(tmpdir(), 'default-story-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test(`DEFAULT_STORY=${STORY} builds a page about that story`, { timeout: 120_000 }, async () => {
  process.env['DEFAULT_STORY'] = STORY;
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir } });
  } finally {
    delete process.env['DEFAULT_STORY'];
  }
  const story = JSON.parse(readFileSync(join(root, 'public', STORY), 'utf8')) as {
    id: string;
    article: { title: string };
    map: { description: string };
    regions: { id: string }[];
  };
  const page = readFileSync(join(outDir, 'index.html'), 'utf8');
  expect(page).toContain(`<title>${story.article.title} — the conflict on a map</title>`);
  expect(page).toContain(`content="${story.map.description.replace(/"/g, '&quot;')}"`);
  // The first view is this story's: its regions in the picture, its headline in the panel; none of the shipped story.
  for (const region of story.regions) expect(page).toContain(`data-svg-region="${region.id}"`);
  expect(page).toContain(`<h2`);
  expect(page).not.toContain('data-svg-region="nagorno-karabakh"');
  const emitted = readdirSync(join(outDir, 'assets')).filter((name) => name.startsWith('default-story-'));
  expect(emitted).toHaveLength(1);
  const checked = JSON.parse(readFileSync(join(outDir, 'assets', emitted[0] ?? ''), 'utf8')) as { id: string };
  expect(checked.id).toBe(story.id);
});
