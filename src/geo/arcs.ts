// Relation lines as great circles: the shortest path on the globe, as a reader's eye expects for long links.
import { greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { Place, Relation, RelationType } from '../story/schema';

export type RelationLineProperties = { id: string; type: RelationType; label: string };
export type RelationLine = Feature<LineString | MultiLineString, RelationLineProperties>;

// Parallel relations between the same two places would draw on top of each other: bow each one a little.
function arcOffsetDegrees(index: number): number {
  if (index === 0) return 0;
  const step = Math.ceil(index / 2) * 0.6;
  return index % 2 === 1 ? step : -step;
}

function bowedPath(from: [number, number], to: [number, number], offset: number): [number, number][] {
  const path = greatCircle(from, to, { npoints: 64 }).geometry;
  // A MultiLineString only comes from crossing ±180°, which no line in a story about the Caucasus does.
  if (path.type !== 'LineString') return [];
  if (offset === 0) return path.coordinates as [number, number][];
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const last = path.coordinates.length - 1;
  // A sine bump: zero at both ends so lines still meet their pins, widest at the middle.
  return path.coordinates.map(([lon = 0, lat = 0], i) => {
    const bump = Math.sin((Math.PI * i) / last) * offset * Math.min(1, length / 4);
    return [lon + nx * bump, lat + ny * bump];
  });
}

export function relationLines(relations: readonly Relation[], places: readonly Place[]): FeatureCollection<LineString | MultiLineString, RelationLineProperties> {
  const position = new Map(places.map((place) => [place.id, place.coordinates] as const));
  const seenPairs = new Map<string, number>();
  const features: RelationLine[] = [];
  for (const relation of relations) {
    const from = position.get(relation.from);
    const to = position.get(relation.to);
    if (!from || !to) continue;
    const pair = [relation.from, relation.to].sort().join('|');
    const index = seenPairs.get(pair) ?? 0;
    seenPairs.set(pair, index + 1);
    // Bow sides are taken in the pair's sorted order, so A→B and B→A lines still fan out to opposite sides.
    const direction = relation.from < relation.to ? 1 : -1;
    features.push({
      type: 'Feature',
      id: relation.id,
      properties: { id: relation.id, type: relation.type, label: relation.label },
      geometry: { type: 'LineString', coordinates: bowedPath(from, to, direction * arcOffsetDegrees(index)) },
    });
  }
  return { type: 'FeatureCollection', features };
}
