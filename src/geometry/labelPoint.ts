// Where a region's name goes: the bounding-box centre of its largest part (so a country's label avoids its exclaves).
// turf.center, not centerOfMass: the latter pulls a convex-hull library into the bundle for no visible gain here.
import { area, center, polygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export function largestPart(geometry: Polygon | MultiPolygon): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Position[][] = [];
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const size = area(polygon(rings));
    if (size > bestArea) [best, bestArea] = [rings, size];
  }
  return best;
}

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const [lon = 0, lat = 0] = center(polygon(largestPart(geometry))).geometry.coordinates;
  return [lon, lat];
}
