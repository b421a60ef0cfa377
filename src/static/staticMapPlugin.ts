// Vite plugin: puts the build-time first view (./staticShell.ts) into index.html, from the same data the app fetches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CONTEXT_URL, REGIONS_URL, STORY_URL } from '../app/loadData';
import { readGeoData } from '../geo/geoData';
import { parseStory } from '../story/parse';
import { staticShellHtml } from './staticShell';

const PLACEHOLDER = '<!-- static-shell -->';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function staticMapPlugin(): Plugin {
  let publicDir = 'public';
  return {
    name: 'static-map',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`static map: index.html lacks the ${PLACEHOLDER} placeholder`);
      const parsed = parseStory(readJson(join(publicDir, STORY_URL)));
      if (!parsed.ok) {
        throw new Error(`static map: the story has problems: ${parsed.problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`);
      }
      const geo = readGeoData(readJson(join(publicDir, REGIONS_URL)), readJson(join(publicDir, CONTEXT_URL)));
      if (typeof geo === 'string') throw new Error(`static map: ${geo}`);
      return html.replace(PLACEHOLDER, staticShellHtml(parsed.story, geo));
    },
  };
}
