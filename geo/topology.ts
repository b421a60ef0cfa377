// The output as TopoJSON: every shared border stored once as an arc, quantized on the very grid the coordinates were
// already rounded to, so decoding gives every coordinate back exactly.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { isDeepStrictEqual } from 'node:util';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';

/** A topology of `objects`, quantized to `stepDeg` (0.001 or 0.1: the precision the coordinates were rounded to). */
export function encodeTopology(objects: Record<string, FeatureCollection>, stepDeg: number): Topology {
  // topojson-server keeps references into its input; a copy keeps the features the build checks against untouched.
  const shared = topology(structuredClone(objects));
  const [west = 0, south = 0] = shared.bbox ?? [];
  const perDegree = Math.round(1 / stepDeg);
  // The grid's origin must lie on the grid, or every coordinate would fall between two steps and be rounded.
  const onGrid = (value: number) => Math.round(value * perDegree) / perDegree;
  // quantize() rewrites the arcs and only Point objects (there are none); the objects go around it, as its typings
  // accept no object properties that may be null.
  const { objects: encoded, ...arcs } = shared;
  const quantized = quantize(
    { ...arcs, objects: {} },
    { scale: [stepDeg, stepDeg], translate: [onGrid(west), onGrid(south)] },
  );
  return { ...quantized, objects: encoded };
}

function isLess(a: Position, b: Position): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  return ax < bx || (ax === bx && ay < by);
}

// JSON has no −0: the file says 0 where rounding a tiny negative value gave −0 in memory.
const asWritten = (p: Position): Position => p.map((value) => value + 0);

/** A closed ring rotated to start at its least vertex (of equal ones, the rotation whose text sorts first). */
function canonicalRing(ring: Position[]): Position[] {
  const open = ring.slice(0, -1).map(asWritten);
  const least = open.reduce((min, p) => (isLess(p, min) ? p : min), open[0] ?? []);
  const rotations = open.flatMap((p, i) =>
    isDeepStrictEqual(p, least) ? [[...open.slice(i), ...open.slice(0, i)]] : [],
  );
  const [first = open] = rotations.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return [...first, ...first.slice(0, 1)];
}

/**
 * A geometry as written, with every ring starting at a fixed vertex. topojson-server rotates a ring to start where it
 * meets another line, so a decoded ring may start elsewhere than the ring written: the same polygon, compared as such.
 */
export function canonicalGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map(canonicalRing) };
    case 'MultiPolygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((rings) => rings.map(canonicalRing)) };
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(asWritten) };
    case 'MultiLineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map((line) => line.map(asWritten)) };
    default:
      return geometry;
  }
}

/** A feature's id, properties and geometry (rings from a fixed vertex): what must survive encoding and decoding. */
export function canonicalFeature(f: Feature): {
  id: Feature['id'];
  properties: Feature['properties'];
  geometry: Geometry;
} {
  return { id: f.id, properties: f.properties, geometry: canonicalGeometry(f.geometry) };
}

/** Fails the build unless `decoded` holds exactly the features that were encoded, coordinate for coordinate. */
export function assertDecodesTo(decoded: Feature[], encoded: Feature[], what: string): void {
  if (decoded.length !== encoded.length)
    throw new Error(`${what}: ${decoded.length} features decoded, ${encoded.length} written`);
  const index = decoded.findIndex((f, i) => {
    const original = encoded[i];
    return original === undefined || !isDeepStrictEqual(canonicalFeature(f), canonicalFeature(original));
  });
  if (index >= 0) throw new Error(`${what}: feature ${index} does not decode to the feature written`);
}
