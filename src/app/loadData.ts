// Fetches the story and the map data; every way it can go wrong becomes a message a reader or editor can act on.
import { CAUCASUS_FILE, readGeoData, WORLD_FILE, type GeoData } from '../geometry/geoData';
import type { StoryProblem } from '../story/integrity';
import { parseStory } from '../story/parse';
import type { Story } from '../story/model/schema';

export const STORY_URL = 'stories/karabakh-2020.json';
/** The map data (TopoJSON, see geo/README.md): the regions and the Caucasus in detail, and the world at 1:110m. */
export const CAUCASUS_URL = `data/${CAUCASUS_FILE}`;
export const WORLD_URL = `data/${WORLD_FILE}`;

export type LoadResult =
  { ok: true; story: Story; geo: GeoData } | { ok: false; title: string; problems: StoryProblem[] };

class LoadError extends Error {}

async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError(`Could not reach the ${what} (${url}). Check the connection and reload.`);
  }
  if (!response.ok) throw new LoadError(`The ${what} (${url}) could not be loaded: HTTP ${response.status}.`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LoadError(`The ${what} (${url}) is not valid JSON: ${reason}`);
  }
}

export async function loadData(): Promise<LoadResult> {
  try {
    const [storyJson, caucasusJson, worldJson] = await Promise.all([
      fetchJson(STORY_URL, 'story file'),
      fetchJson(CAUCASUS_URL, 'map of the Caucasus'),
      fetchJson(WORLD_URL, 'world map'),
    ]);
    const parsed = parseStory(storyJson);
    if (!parsed.ok)
      return { ok: false, title: `The story file (${STORY_URL}) has problems`, problems: parsed.problems };
    const geo = readGeoData(caucasusJson, worldJson);
    if (typeof geo === 'string')
      return { ok: false, title: 'The map data is damaged', problems: [{ path: '(root)', message: geo }] };
    return { ok: true, story: parsed.story, geo };
  } catch (error) {
    if (error instanceof LoadError)
      return {
        ok: false,
        title: 'The story could not be loaded',
        problems: [{ path: '(root)', message: error.message }],
      };
    throw error;
  }
}
