// The country under a point of the map, from the bundled country files: those whose box holds the point are read
// (each once), then tested with the point.
import { booleanPointInPolygon } from '@turf/turf';
import { readCountryOutline, type CountryEntry } from '../geometry/storyOutlines';
import { countryUrl } from '../shipped/paths';
import type { ReadJson } from '../network/countries';

export async function countryAt(
  point: [number, number],
  index: readonly CountryEntry[],
  read: ReadJson,
): Promise<CountryEntry | null> {
  const [lon, lat] = point;
  const candidates = index.filter(
    ({ bbox: [west, south, east, north] }) => lon >= west && lon <= east && lat >= south && lat <= north,
  );
  for (const entry of candidates) {
    const outline = readCountryOutline(await read(countryUrl(entry.iso)), entry.iso);
    if (typeof outline !== 'string' && booleanPointInPolygon(point, outline.geometry)) return entry;
  }
  return null;
}
