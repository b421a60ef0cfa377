// Relation lines as great circles: the shortest path on the globe, as a reader's eye expects for long links.
import { bearing, destination, distance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Place, Relation, RelationStatus, RelationType } from '../story/model/schema';

/** A line as drawn on a day: its type, and its status then (active, frozen, ended), which every renderer draws its own way. */
export type RelationLineProperties = { id: string; type: RelationType; label: string; status: RelationStatus };
export type RelationLine = Feature<LineString, RelationLineProperties>;
export type RelationLines = FeatureCollection<LineString, RelationLineProperties>;

const STEPS = 64;

// Parallel relations between the same two places would draw on top of each other: bow each one a little.
function arcOffsetDegrees(index: number): number {
  if (index === 0) return 0;
  const step = Math.ceil(index / 2) * 0.6;
  return index % 2 === 1 ? step : -step;
}

// Equal steps along the start's initial bearing trace the great circle (the sphere's direct problem).
function greatCirclePath(from: [number, number], to: [number, number]): [number, number][] {
  const length = distance(from, to);
  const heading = bearing(from, to);
  const path: [number, number][] = [from];
  for (let step = 1; step < STEPS; step += 1) {
    const [lon = 0, lat = 0] = destination(from, (length * step) / STEPS, heading).geometry.coordinates;
    path.push([unwrap(lon, path[step - 1]?.[0] ?? lon), lat]);
  }
  path.push([unwrap(to[0], path[STEPS - 1]?.[0] ?? to[0]), to[1]]);
  return path;
}

// A line across ±180° keeps going (181°, 182° …) instead of jumping back across the whole map.
function unwrap(lon: number, previous: number): number {
  return lon + 360 * Math.round((previous - lon) / 360);
}

function bowedPath(from: [number, number], to: [number, number], offset: number): [number, number][] {
  const path = greatCirclePath(from, to);
  if (offset === 0) return path;
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [-dy / length, dx / length];
  const last = path.length - 1;
  // A sine bump: zero at both ends so lines still meet their pins, widest at the middle.
  return path.map(([lon, lat], i) => {
    const bump = Math.sin((Math.PI * i) / last) * offset * Math.min(1, length / 4);
    return [lon + nx * bump, lat + ny * bump];
  });
}

export function relationLines(
  relations: readonly Relation[],
  places: readonly Place[],
  statusOf: (relation: Relation) => RelationStatus = () => 'active',
): RelationLines {
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
      properties: { id: relation.id, type: relation.type, label: relation.label, status: statusOf(relation) },
      geometry: { type: 'LineString', coordinates: bowedPath(from, to, direction * arcOffsetDegrees(index)) },
    });
  }
  return { type: 'FeatureCollection', features };
}
