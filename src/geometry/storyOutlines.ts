// The outlines a story brings beside the built map data: the countries it names (fetched, one file each) and the
// outlines it draws itself. Each becomes a region feature, with its provenance, that every renderer and the area maths
// read like the built ones. Pure: fetching is src/network/countries.ts's.
import type { MultiPolygon, Polygon } from 'geojson';
import { outlineFeatureId } from '../story/model/outlines';
import type { Story } from '../story/model/schema';
import type { Bounds } from './bounds';
import { isFiniteNumber, isObject, type ContextName, type GeoData, type RegionFeature } from './geoData';
import { labelPoint } from './labelPoint';

export type CountryOutline = { iso: string; name: string; geometry: Polygon | MultiPolygon };

const isRing = (value: unknown) =>
  Array.isArray(value) &&
  value.length >= 4 &&
  value.every((position) => Array.isArray(position) && isFiniteNumber(position[0]) && isFiniteNumber(position[1]));
const isRings = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isRing);

function isAreal(value: unknown): value is Polygon | MultiPolygon {
  if (!isObject(value) || !Array.isArray(value.coordinates)) return false;
  if (value.type === 'Polygon') return isRings(value.coordinates);
  return value.type === 'MultiPolygon' && value.coordinates.length > 0 && value.coordinates.every(isRings);
}

/** A country file (data/countries/<iso>.json): its outline, or what is wrong with it. */
export function readCountryOutline(value: unknown, iso: string): CountryOutline | string {
  if (!isObject(value) || value.type !== 'Feature' || !isObject(value.properties))
    return `the file for country ${iso} is not a GeoJSON Feature`;
  const { name } = value.properties;
  if (value.properties['iso'] !== iso) return `the file for country ${iso} holds another country`;
  if (!isAreal(value.geometry)) return `the file for country ${iso} has no sound Polygon or MultiPolygon`;
  return { iso, name: typeof name === 'string' ? name : iso, geometry: value.geometry };
}

/** The map data with the story's own outlines and the countries it names added as region features. */
export function withStoryOutlines(
  geo: GeoData,
  story: Pick<Story, 'regions'>,
  countries: ReadonlyMap<string, CountryOutline>,
): GeoData {
  const added = story.regions.flatMap((region) =>
    region.outlines.flatMap((outline): RegionFeature[] => {
      const id = outlineFeatureId(region, outline);
      if (outline.geometry)
        return [
          {
            type: 'Feature',
            properties: {
              id,
              region: region.id,
              dataset: 'an outline drawn for this story (see its sources)',
              scale: 'as drawn',
              processing: 'none',
              drawn: true,
            },
            geometry: outline.geometry,
          },
        ];
      const country = outline.country === undefined ? undefined : countries.get(outline.country);
      if (!country) return [];
      return [
        {
          type: 'Feature',
          properties: {
            id,
            region: region.id,
            dataset: `Natural Earth admin-0 countries (${country.name}), via world-atlas`,
            scale: '1:50m',
            processing: 'coordinates rounded to 0.001°',
            drawn: true,
          },
          geometry: country.geometry,
        },
      ];
    }),
  );
  if (added.length === 0) return geo;
  const ids = new Set(added.map((feature) => feature.properties.id));
  const kept = geo.regions.features.filter((feature) => !ids.has(feature.properties.id));
  return { ...geo, regions: { ...geo.regions, features: [...kept, ...added] } };
}

/** One line of data/countries/index.json: a country's code, name and bounding box. */
export type CountryEntry = { iso: string; name: string; bbox: Bounds };

const isBounds = (value: unknown): value is Bounds =>
  Array.isArray(value) && value.length === 4 && value.every(isFiniteNumber);

/** The country index, or what is wrong with it. */
export function readCountryIndex(value: unknown): CountryEntry[] | string {
  if (!isObject(value) || !Array.isArray(value.countries)) return 'the country index has no list of countries';
  const entries: CountryEntry[] = [];
  for (const entry of value.countries as unknown[]) {
    if (!isObject(entry) || typeof entry.iso !== 'string' || typeof entry.name !== 'string' || !isBounds(entry.bbox))
      return 'the country index has an entry without its code, name or box';
    entries.push({ iso: entry.iso, name: entry.name, bbox: entry.bbox });
  }
  return entries;
}

/** The countries whose box meets `box`, the story's own left out, at most `limit`, those overlapping it most first. */
export function countriesAround(
  index: readonly CountryEntry[],
  [west, south, east, north]: Bounds,
  leaveOut: ReadonlySet<string>,
  limit: number,
): CountryEntry[] {
  const overlap = ({ bbox: [w, s, e, n] }: CountryEntry) =>
    Math.max(0, Math.min(e, east) - Math.max(w, west)) * Math.max(0, Math.min(n, north) - Math.max(s, south));
  return index
    .filter((entry) => !leaveOut.has(entry.iso) && overlap(entry) > 0)
    .sort((a, b) => overlap(b) - overlap(a))
    .slice(0, limit);
}

/** The map data with finer context around a story: the countries' 1:50m outlines drawn as land and borders, and
 * their names for the map to print where there is room. */
export function withContextCountries(geo: GeoData, countries: readonly CountryOutline[]): GeoData {
  if (countries.length === 0) return geo;
  // Every fill before every border, so that no neighbour's land covers a border drawn before it.
  const features = (['near', 'borders'] as const).flatMap((layer) =>
    countries.map((country) => ({ type: 'Feature' as const, properties: { layer }, geometry: country.geometry })),
  );
  const names: ContextName[] = countries.map((country) => ({
    name: country.name,
    coordinates: labelPoint(country.geometry),
  }));
  return {
    ...geo,
    context: { ...geo.context, features: [...geo.context.features, ...features] },
    names: [...(geo.names ?? []), ...names],
  };
}
