// The outlines a story brings beside the built map data: the countries it names (fetched, one file each) and the
// outlines it draws itself. Each becomes a region feature, with its provenance, that every renderer and the area maths
// read like the built ones. Pure: fetching is src/network/countries.ts's.
import type { MultiPolygon, Polygon } from 'geojson';
import { outlineFeatureId } from '../story/model/outlines';
import type { Story } from '../story/model/schema';
import type { GeoData, RegionFeature } from './geoData';

export type CountryOutline = { iso: string; name: string; geometry: Polygon | MultiPolygon };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isRing = (value: unknown) =>
  Array.isArray(value) &&
  value.length >= 4 &&
  value.every((position) => Array.isArray(position) && isNumber(position[0]) && isNumber(position[1]));
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
