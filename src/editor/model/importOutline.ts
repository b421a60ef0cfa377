// An outline drawn in another tool (geojson.io, QGIS, mapshaper) and imported as GeoJSON: a Polygon or MultiPolygon, bare
// or in a Feature or a FeatureCollection of one. Coordinates are rounded to 0.0001° (about 10 m), which the story needs
// no finer. The checker then checks it as it checks any outline (closed, in range, not self-crossing). Pure.
import { isObject } from '../../geometry/geoData';

type Areal = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

const round = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(round) : typeof value === 'number' ? Math.round(value * 1e4) / 1e4 : value;

function arealOf(value: unknown): Areal | string {
  if (!isObject(value)) return 'is not a GeoJSON object';
  if (value['type'] === 'FeatureCollection') {
    const features = value['features'];
    if (!Array.isArray(features) || features.length !== 1)
      return 'holds several features (or none): export the one outline on its own';
    return arealOf(features[0]);
  }
  if (value['type'] === 'Feature') return arealOf(value['geometry']);
  if ((value['type'] === 'Polygon' || value['type'] === 'MultiPolygon') && Array.isArray(value['coordinates']))
    return { type: value['type'], coordinates: round(value['coordinates']) } as Areal;
  return `is a ${typeof value['type'] === 'string' ? value['type'] : 'GeoJSON value'}, not an outline (a Polygon or MultiPolygon)`;
}

/** The outline in the text, or what is wrong with it. */
export function outlineFromGeoJson(text: string): Areal | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not JSON: an outline is imported as a GeoJSON file';
  }
  return arealOf(value);
}
