// GeoJSON geometry types, type guards and line helpers shared by the build's modules.
import type { BBox, Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

// The app's own guard serves the build too.
export { isFeatureCollection } from '../src/geometry/geoData';

export type Areal = Polygon | MultiPolygon;
type Linear = LineString | MultiLineString;

export function isAreal(geometry: Geometry | null): geometry is Areal {
  return geometry !== null && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
}

function isLinear(geometry: Geometry | null): geometry is Linear {
  return geometry !== null && (geometry.type === 'LineString' || geometry.type === 'MultiLineString');
}

export function stringProperty(feature: Feature, key: string): string {
  const value: unknown = feature.properties?.[key];
  if (typeof value !== 'string') throw new Error(`feature lacks string property ${key}`);
  return value;
}

function linesOf(geometry: Linear): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

export function mergeLines(features: Feature[]): MultiLineString {
  const lines = features.flatMap((f) => (isLinear(f.geometry) ? linesOf(f.geometry) : []));
  return { type: 'MultiLineString', coordinates: lines };
}

export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
