// Reads the shipped story and map data and renders the first view; a broken file stops the build with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAUCASUS_URL, STORY_URL, WORLD_URL } from '../app/loadData';
import { readGeoData } from '../geometry/geoData';
import { parseStory } from '../story/parse';
import { staticShellHtml } from './staticShell';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function renderShell(publicDir: string): string {
  const parsed = parseStory(readJson(join(publicDir, STORY_URL)));
  if (!parsed.ok) {
    throw new Error(
      `static map: the story has problems: ${parsed.problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`,
    );
  }
  const geo = readGeoData(readJson(join(publicDir, CAUCASUS_URL)), readJson(join(publicDir, WORLD_URL)));
  if (typeof geo === 'string') throw new Error(`static map: ${geo}`);
  return staticShellHtml(parsed.story, geo);
}
