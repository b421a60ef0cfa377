// Coordinate precision: rounding every vertex, or coarsening all but a kept set, dropping what collapses.
import type { MultiLineString, Position } from 'geojson';
import type { Areal } from './geometry';

// Dividing by an integer power of ten keeps the shortest decimal form (0.001 * n would not).
function roundPosition(position: Position, precisionDeg: number): Position {
  const factor = Math.round(1 / precisionDeg);
  return position.map((value) => Math.round(value * factor) / factor);
}

function samePosition(a: Position | undefined, b: Position): boolean {
  return a !== undefined && a[0] === b[0] && a[1] === b[1];
}

// Rounding can make neighbouring vertices equal: drop the repeats, and rings left with under 3 corners.
function roundRing(ring: Position[], precisionDeg: number): Position[] | null {
  const rounded: Position[] = [];
  for (const position of ring) {
    const next = roundPosition(position, precisionDeg);
    if (!samePosition(rounded[rounded.length - 1], next)) rounded.push(next);
  }
  return rounded.length >= 4 ? rounded : null;
}

function roundPolygon(rings: Position[][], precisionDeg: number): Position[][] | null {
  const rounded = rings.map((ring) => roundRing(ring, precisionDeg));
  const [outer, ...holes] = rounded;
  if (!outer) return null;
  return [outer, ...holes.filter((hole): hole is Position[] => hole !== null)];
}

export function roundAreal(geometry: Areal, precisionDeg: number): Areal {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons
    .map((rings) => roundPolygon(rings, precisionDeg))
    .filter((rings): rings is Position[][] => rings !== null);
  const [only] = kept;
  if (kept.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: kept };
}

// Per-vertex rounding: a vertex in `keep` (one of Armenia's or Azerbaijan's, already at 0.001°) stays as it is, any
// other is rounded to `precisionDeg`. Both sides of any border see the same vertex, so they still coincide.
function positionKey(position: Position): string {
  return `${position[0] ?? 0},${position[1] ?? 0}`;
}

function coarsenLine(
  line: Position[],
  keep: ReadonlySet<string>,
  precisionDeg: number,
  minLength: number,
): Position[] | null {
  const out: Position[] = [];
  for (const position of line) {
    const next = keep.has(positionKey(position)) ? position : roundPosition(position, precisionDeg);
    if (!samePosition(out[out.length - 1], next)) out.push(next);
  }
  return out.length >= minLength ? out : null;
}

export function coarsenAreal(geometry: Areal, keep: ReadonlySet<string>, precisionDeg: number): Areal | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) => coarsenLine(ring, keep, precisionDeg, 4));
    if (outer) kept.push([outer, ...holes.filter((hole): hole is Position[] => hole !== null)]);
  }
  const [only] = kept;
  if (kept.length === 0) return null;
  if (kept.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: kept };
}

export function coarsenLines(
  geometry: MultiLineString,
  keep: ReadonlySet<string>,
  precisionDeg: number,
): MultiLineString {
  const lines = geometry.coordinates.map((line) => coarsenLine(line, keep, precisionDeg, 2));
  return { type: 'MultiLineString', coordinates: lines.filter((line): line is Position[] => line !== null) };
}

export function verticesOf(geometries: Areal[]): Set<string> {
  const keys = new Set<string>();
  for (const geometry of geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const position of polygons.flat(2)) keys.add(positionKey(position));
  }
  return keys;
}
