// Vite plugin: the build checks the story the app ships with and emits it, as the checker read it (its defaults written
// out, unknown fields dropped), under a content-hashed name. The app then loads that file without the checker, which
// keeps zod out of the first load; a dev server, or a file that is not the one the build checked, goes through it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory } from '../src/story/parse.ts';

const VIRTUAL_ID = 'virtual:default-story';
/** The emitted file's name before its hash: the bench counts it in the first load. */
export const DEFAULT_STORY_FILE_PREFIX = 'assets/default-story-';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What src/app/loadData.ts is told (src/app/defaultStory.d.ts): where the default story is, and the id the build checked. */
interface DefaultStory {
  url: string;
  checkedId: string | null;
}

/** The shipped story, checked; a broken one stops the build with its problems. */
function checkedDefaultStory(publicDir: string, storyUrl: string): { fileName: string; source: string; id: string } {
  const parsed = parseStory(JSON.parse(readFileSync(join(publicDir, storyUrl), 'utf8')));
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => `${problem.path} ${problem.message}`).join('; ');
    throw new Error(`default story: ${storyUrl} has problems: ${problems}`);
  }
  const source = JSON.stringify(parsed.story);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `${DEFAULT_STORY_FILE_PREFIX}${hash}.json`, source, id: parsed.story.id };
}

/** `storyUrl`: the default story, relative to public/ (the build option DEFAULT_STORY, see vite.config.ts). */
export function defaultStoryPlugin(storyUrl: string): Plugin {
  let building = false;
  let publicDir = 'public';
  let emitted: DefaultStory | null = null;
  return {
    name: 'default-story',
    configResolved(config) {
      building = config.command === 'build';
      publicDir = config.publicDir;
    },
    buildStart() {
      if (!building) return;
      const { fileName, source, id } = checkedDefaultStory(publicDir, storyUrl);
      this.emitFile({ type: 'asset', fileName, source });
      emitted = { url: fileName, checkedId: id };
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const story: DefaultStory = emitted ?? { url: storyUrl, checkedId: null };
      return `export const DEFAULT_STORY = ${JSON.stringify(story)};`;
    },
  };
}
