// The box a selection's elements fill, for the camera to fit.
import { bbox, featureCollection, point } from '@turf/turf';
import type { Feature } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

export function boundsOf(features: readonly Feature[], points: readonly [number, number][]): Bounds | null {
  const all: Feature[] = [...features, ...points.map((coordinates) => point(coordinates))];
  if (all.length === 0) return null;
  const [west = 0, south = 0, east = 0, north = 0] = bbox(featureCollection(all));
  return [west, south, east, north];
}
