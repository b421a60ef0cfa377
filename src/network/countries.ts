// The countries a story names, fetched one file each (only those), and added to the map data with the story's own
// outlines. A country that cannot be loaded is named, with what to check.
import { withStoryOutlines, readCountryOutline, type CountryOutline } from '../geometry/storyOutlines';
import type { GeoData } from '../geometry/geoData';
import { countriesNamed } from '../story/model/outlines';
import type { Story } from '../story/model/schema';
import { countryUrl } from '../shipped';
import { DownloadError, fetchBytes } from './timeouts';

/** Why a country's outline is missing, in words for the reader or the story's editor. */
export class CountryError extends Error {}

async function fetchCountry(iso: string, signal?: AbortSignal): Promise<CountryOutline> {
  const url = countryUrl(iso);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(await fetchBytes(url, signal ? { signal } : {})));
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

/** The map data with everything the story draws: its countries fetched, side by side, and its own outlines. */
export async function withStoryGeometry(story: Story, geo: GeoData, signal?: AbortSignal): Promise<GeoData> {
  const countries = await Promise.all(countriesNamed(story).map((iso) => fetchCountry(iso, signal)));
  return withStoryOutlines(geo, story, new Map(countries.map((country) => [country.iso, country])));
}
