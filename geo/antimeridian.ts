// Cutting world-atlas rings that cross ±180° so they draw on a flat map.
// world-atlas 2 keeps rings that cross ±180° whole (fine on a sphere); drawn flat they would streak across the map.
import { bboxPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Areal } from './geometry';

function crossesAntimeridian(ring: Position[]): boolean {
  return ring.some((position, i) => {
    const previous = ring[i - 1];
    return previous !== undefined && Math.abs((position[0] ?? 0) - (previous[0] ?? 0)) > 180;
  });
}

export function withoutAntimeridianCrossing<P>(feature: Feature<Areal, P>): Feature<Areal, P> {
  return { ...feature, geometry: splitAtAntimeridian(feature.geometry) };
}

// Make longitudes continuous (a ring may then run past ±180°); a ring around a pole is closed along that pole.
function unwrapRing(ring: Position[]): Position[] {
  let offset = 0;
  const unwrapped = ring.map((position, i) => {
    const previous = ring[i - 1];
    const [lon = 0, lat = 0] = position;
    if (previous !== undefined) {
      const step = lon - (previous[0] ?? lon);
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    return [lon + offset, lat];
  });
  if (offset === 0) return unwrapped;
  const first = unwrapped[0] ?? [0, 0];
  const last = unwrapped[unwrapped.length - 1] ?? first;
  const poleLat = unwrapped.reduce((sum, p) => sum + (p[1] ?? 0), 0) < 0 ? -90 : 90;
  return [...unwrapped, [last[0] ?? 0, poleLat], [first[0] ?? 0, poleLat], first];
}

function shiftPolygon(rings: Position[][], dLon: number): Position[][] {
  return rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + dLon, lat]));
}

// Cut one unwrapped polygon into the parts that fall in [-180, 180] once shifted by 0 or ±360°.
function cutUnwrapped(rings: Position[][]): Position[][][] {
  const polygon: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: rings },
  };
  return [-360, 0, 360].flatMap((shift) => {
    const frame = bboxPolygon([-180 - shift, -90, 180 - shift, 90]);
    const part = intersect(featureCollection([polygon, frame]));
    if (!part) return [];
    const parts = part.geometry.type === 'Polygon' ? [part.geometry.coordinates] : part.geometry.coordinates;
    return parts.map((p) => shiftPolygon(p, shift));
  });
}

function splitAtAntimeridian(geometry: Areal): Areal {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some((rings) => rings.some(crossesAntimeridian))) return geometry;
  const split = polygons.flatMap((rings) =>
    rings.some(crossesAntimeridian) ? cutUnwrapped(rings.map(unwrapRing)) : [rings],
  );
  return { type: 'MultiPolygon', coordinates: split };
}
