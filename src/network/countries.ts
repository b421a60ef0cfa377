// The countries a story names, fetched one file each (only those), and added to the map data with the story's own
// outlines. A country that cannot be loaded is named, with what to check.
import {
  countriesAround,
  readCountryIndex,
  readCountryOutline,
  withContextCountries,
  withStoryOutlines,
  type CountryOutline,
} from '../geometry/storyOutlines';
import type { GeoData } from '../geometry/geoData';
import { homeBounds } from '../map/model/home';
import { countriesNamed } from '../story/model/outlines';
import type { Story } from '../story/model/schema';
import { COUNTRY_INDEX_URL, countryUrl } from '../shipped/paths';
import { DownloadError, fetchBytes } from './timeouts';

/** Why a country's outline is missing, in words for the reader or the story's editor. */
export class CountryError extends Error {}

/** Reads one of the app's JSON files by its URL relative to the page: the browser fetches it, the build reads public/.
 * The first view and the app read the same files through the same code, so what the build drew is what React takes
 * over. */
export type ReadJson = (url: string) => Promise<unknown>;

/** The browser's reader: each file with a time limit, abandoned when `signal` aborts. */
export function fetchedJson(signal?: AbortSignal): ReadJson {
  return async (url): Promise<unknown> =>
    JSON.parse(new TextDecoder().decode(await fetchBytes(url, signal ? { signal } : {}))) as unknown;
}

async function readCountry(iso: string, read: ReadJson): Promise<CountryOutline> {
  const url = countryUrl(iso);
  let json: unknown;
  try {
    json = await read(url);
  } catch (error) {
    if (error instanceof DownloadError && error.kind === 'aborted') throw error;
    const missing = error instanceof DownloadError && /HTTP 404$/.test(error.message);
    const reason = missing
      ? `there is no such file: check that "${iso}" is the country's ISO 3166-1 numeric code`
      : error instanceof Error
        ? error.message
        : String(error);
    throw new CountryError(`The outline of country ${iso} (${url}) could not be loaded: ${reason}.`);
  }
  const outline = readCountryOutline(json, iso);
  if (typeof outline === 'string') throw new CountryError(`${outline} (${url}).`);
  return outline;
}

/** At most this many neighbours are fetched for a story's context (a story drawn on the built detail data needs
 * none). */
const NEIGHBOURS = 16;

/** The countries around the story's home view at 1:50m, for finer borders and their names. Context only: a failure
 * leaves the world's 1:110m outlines, said in the console, and the story shows. */
async function withNeighbours(story: Story, geo: GeoData, read: ReadJson): Promise<GeoData> {
  try {
    const index = readCountryIndex(await read(COUNTRY_INDEX_URL));
    if (typeof index === 'string') throw new Error(index);
    const around = countriesAround(index, homeBounds(story, geo), new Set(countriesNamed(story)), NEIGHBOURS);
    return withContextCountries(geo, await Promise.all(around.map((entry) => readCountry(entry.iso, read))));
  } catch (error) {
    if (error instanceof DownloadError && error.kind === 'aborted') throw error;
    console.warn(`The countries around the story could not be drawn in detail: ${String(error)}`);
    return geo;
  }
}

/**
 * The map data with everything the story draws: its countries fetched, side by side, and its own outlines; and, for a
 * story drawn from countries, its neighbours at the same scale.
 */
export async function withStoryGeometry(story: Story, geo: GeoData, read: ReadJson = fetchedJson()): Promise<GeoData> {
  const countries = await Promise.all(countriesNamed(story).map((iso) => readCountry(iso, read)));
  const drawn = withStoryOutlines(geo, story, new Map(countries.map((country) => [country.iso, country])));
  return countries.length === 0 ? drawn : withNeighbours(story, drawn, read);
}
