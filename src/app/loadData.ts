// Fetches the story and the map data; every way it can go wrong becomes a message a reader or editor can act on.
import { readGeoData, type GeoData } from '../geometry/geoData';
import { DEFAULT_STORY } from 'virtual:default-story';
import { DETAIL_URL, WORLD_URL } from '../shipped/paths';
import type { StoryProblem } from '../story/integrity';
import type { Story } from '../story/model/schema';
import { drawsOwnGeometry } from '../story/model/outlines';
import { DownloadError, fetchBytes, importWithTimeout } from '../network/timeouts';

type Failure = { ok: false; title: string; problems: StoryProblem[] };
export type LoadResult = { ok: true; story: Story; geo: GeoData } | Failure;

class LoadError extends Error {}

/** A JSON file of the app's own, with a time limit; every failure names the file and what to do. */
async function fetchJson(url: string, what: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(url);
  } catch (error) {
    const reason = error instanceof DownloadError ? error.message : 'it could not be downloaded';
    throw new LoadError(`The ${what} (${url}) could not be loaded: ${reason}. Reload the page to try again.`);
  }
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself (ignoreBOM is false by default).
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LoadError(`The ${what} (${url}) is not valid JSON: ${reason}`);
  }
}

/** Runs `load`, turning a LoadError into a titled failure. */
async function titled<T>(title: string, load: () => Promise<T | Failure>): Promise<T | Failure> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, title, problems: [{ path: '(root)', message: error.message }] };
    throw error;
  }
}

/** The map data: the regions and the basemap. */
export function loadGeo(): Promise<{ ok: true; geo: GeoData } | Failure> {
  return titled('The map data could not be loaded', async () => {
    const [detailJson, worldJson] = await Promise.all([
      fetchJson(DETAIL_URL, 'detailed map data'),
      fetchJson(WORLD_URL, 'world map'),
    ]);
    const geo = readGeoData(detailJson, worldJson);
    if (typeof geo === 'string')
      return { ok: false, title: 'The map data is damaged', problems: [{ path: '(root)', message: geo }] };
    return { ok: true, geo };
  });
}

/** The file the build checked and emitted (vite-plugins/defaultStory.ts): it needs no checking again. */
function isCheckedStory(json: unknown): json is Story {
  return (
    DEFAULT_STORY.checkedId !== null &&
    typeof json === 'object' &&
    json !== null &&
    'id' in json &&
    json.id === DEFAULT_STORY.checkedId
  );
}

/** The story checker, downloaded only for a file the build did not check. */
async function loadChecker(): Promise<typeof import('../story/parse')> {
  try {
    return await importWithTimeout(() => import('../story/parse'));
  } catch (error) {
    const reason = error instanceof DownloadError ? error.message : 'it could not be downloaded';
    throw new LoadError(`The story checker could not be loaded: ${reason}. Reload the page to try again.`);
  }
}

/** The story the app ships with. */
export function loadDefaultStory(): Promise<{ ok: true; story: Story } | Failure> {
  const url = DEFAULT_STORY.url;
  return titled('The story could not be loaded', async () => {
    const json = await fetchJson(url, 'story file');
    if (isCheckedStory(json)) return { ok: true, story: json };
    const parsed = (await loadChecker()).parseStory(json);
    if (!parsed.ok) return { ok: false, title: `The story file (${url}) has problems`, problems: parsed.problems };
    return { ok: true, story: parsed.story };
  });
}

/** The map data with what the story draws beyond it (its countries, its own outlines), loaded only for such a story. */
export function storyGeometry(story: Story, geo: GeoData): Promise<{ ok: true; geo: GeoData } | Failure> {
  return titled('The map data could not be loaded', async () => {
    if (!drawsOwnGeometry(story)) return { ok: true, geo };
    let countries: typeof import('../network/countries');
    try {
      countries = await importWithTimeout(() => import('../network/countries'));
    } catch (error) {
      const reason = error instanceof DownloadError ? error.message : 'it could not be downloaded';
      throw new LoadError(`The code that draws the story's countries could not be loaded: ${reason}.`);
    }
    try {
      return { ok: true, geo: await countries.withStoryGeometry(story, geo) };
    } catch (error) {
      if (error instanceof countries.CountryError) throw new LoadError(error.message);
      throw error;
    }
  });
}

/** Both, side by side; the first failure wins. */
export async function loadData(): Promise<LoadResult> {
  const [story, geo] = await Promise.all([loadDefaultStory(), loadGeo()]);
  if (!story.ok) return story;
  if (!geo.ok) return geo;
  const drawn = await storyGeometry(story.story, geo.geo);
  return drawn.ok ? { ok: true, story: story.story, geo: drawn.geo } : drawn;
}
