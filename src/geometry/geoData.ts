// The map data (see geo/README.md): two TopoJSON topologies, checked and decoded into the GeoJSON the map, the SVG
// picture and the area maths draw on, with the provenance each region feature carries. Bad input never throws.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Arc, GeometryCollection, Topology, Transform } from 'topojson-specification';
import { DETAIL_FILE, WORLD_FILE } from '../shipped/paths';

type RegionFeatureProperties = {
  id: string;
  region: string;
  dataset: string;
  scale: string;
  processing: string;
  drawn: boolean;
  unclipped?: string;
};

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionFeatureProperties>;

type ContextLayer = 'world' | 'near' | 'borders';

/** A country's name where the map may print it, for the reader's bearings. */
export type ContextName = { name: string; coordinates: [number, number] };

export type GeoData = {
  regions: FeatureCollection<Polygon | MultiPolygon, RegionFeatureProperties>;
  context: FeatureCollection;
  /** The names of the countries around a story's view, where the map data brings them (src/network/countries.ts). */
  names?: ContextName[];
};

type LineType = 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';
const AREAL: readonly LineType[] = ['Polygon', 'MultiPolygon'];
const LINEAR: readonly LineType[] = ['LineString', 'MultiLineString'];
/** The objects each file must hold, and the geometry types each may contain. */
const DETAIL_OBJECTS = { regions: AREAL, near: AREAL, borders: LINEAR };
const WORLD_OBJECTS = { land: AREAL, borders: LINEAR };
/** How deep the arc indexes of each type are nested (a LineString's are a flat list). */
const ARC_DEPTH: Record<LineType, number> = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isFeatureCollection(value: unknown): value is FeatureCollection {
  return isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
}

function isRegionFeature(value: unknown): value is RegionFeature {
  if (!isObject(value) || !isObject(value.geometry) || !isObject(value.properties)) return false;
  const { type } = value.geometry;
  const { id, region, dataset, drawn } = value.properties;
  return (
    (type === 'Polygon' || type === 'MultiPolygon') &&
    typeof id === 'string' &&
    typeof region === 'string' &&
    typeof dataset === 'string' &&
    typeof drawn === 'boolean'
  );
}

// ---------- checking the topology's shape ----------

export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isPair(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every(isFiniteNumber);
}

function isTransform(value: unknown): value is Transform {
  return isObject(value) && isPair(value.scale) && isPair(value.translate) && value.scale.every((k) => k !== 0);
}

function isArc(value: unknown): value is Arc {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    value.every((p) => Array.isArray(p) && p.length >= 2 && isFiniteNumber(p[0]) && isFiniteNumber(p[1]))
  );
}

function isGeometryCollection(value: unknown): value is GeometryCollection {
  return isObject(value) && value.type === 'GeometryCollection' && Array.isArray(value.geometries);
}

function isLineType(value: unknown, allowed: readonly LineType[]): value is LineType {
  return allowed.some((type) => type === value);
}

/** The arc indexes of a geometry, flattened; null unless nested `depth` deep with every line and ring non-empty. */
function arcIndexes(value: unknown, depth: number): unknown[] | null {
  // A line or ring without arcs would decode to [undefined]; a Multi* or Polygon with no parts just decodes empty.
  if (!Array.isArray(value)) return null;
  const parts: readonly unknown[] = value;
  if (depth === 0) return parts.length === 0 ? null : [...parts];
  const indexes: unknown[] = [];
  for (const part of parts) {
    const inner = arcIndexes(part, depth - 1);
    if (inner === null) return null;
    indexes.push(...inner);
  }
  return indexes;
}

// A negative index ~i means arc i reversed.
function isArcIndex(value: unknown, arcCount: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && (value >= 0 ? value : ~value) < arcCount;
}

function geometryProblem(geometry: unknown, allowed: readonly LineType[], arcCount: number): string | null {
  const type = isObject(geometry) ? geometry.type : undefined;
  if (!isObject(geometry) || !isLineType(type, allowed)) return `is not a ${allowed.join(' or ')}`;
  const indexes = arcIndexes(geometry.arcs, ARC_DEPTH[type]);
  if (indexes === null)
    return `has malformed arcs: a ${type} needs ${ARC_DEPTH[type] + 1} level(s) of lists, each line or ring a non-empty list of arc indexes`;
  const bad = indexes.find((index) => !isArcIndex(index, arcCount));
  return bad === undefined ? null : `refers to arc ${JSON.stringify(bad)}, which is not one of the ${arcCount} arcs`;
}

// x = i × 0.001 + 38 misses the decimal by a last bit (6123 × 0.001 + 38 ≠ 44.123); (i + 38000) / 1000 is exact.
function axisDecoder(scale: number, translate: number): (steps: number) => number {
  const perUnit = Math.round(1 / scale);
  const origin = Math.round(translate * perUnit);
  const decimalGrid = Math.abs(perUnit * scale - 1) < 1e-9 && Math.abs(translate * perUnit - origin) < 1e-6;
  return decimalGrid ? (steps) => (steps + origin) / perUnit : (steps) => steps * scale + translate;
}

/** Absolute positions from delta-encoded, quantized arcs (or the arcs as they are, without a transform). */
function decodeArcs(arcs: Arc[], transform: Transform | undefined): Arc[] {
  if (!transform) return arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  const x = axisDecoder(transform.scale[0], transform.translate[0]);
  const y = axisDecoder(transform.scale[1], transform.translate[1]);
  return arcs.map((arc) => {
    let i = 0;
    let j = 0;
    return arc.map(([dx = 0, dy = 0]) => [x((i += dx)), y((j += dy))]);
  });
}

/** Checks a topology holds `objects` with sound arcs; returns it decoded (absolute coordinates, no transform), or why not. */
function readTopology(value: unknown, file: string, objects: Record<string, readonly LineType[]>): Topology | string {
  if (!isObject(value) || value.type !== 'Topology' || !isObject(value.objects) || !Array.isArray(value.arcs)) {
    return `${file} is not a TopoJSON Topology`;
  }
  const { transform } = value;
  if (transform !== undefined && !isTransform(transform))
    return `${file}: its transform needs two non-zero scale and two translate numbers`;
  const arcs = value.arcs.filter(isArc);
  const badArc = value.arcs.findIndex((arc) => !isArc(arc));
  if (badArc >= 0) return `${file}: arc ${badArc} is not a list of at least two [x, y] positions`;
  const checked: Record<string, GeometryCollection> = {};
  for (const [name, allowed] of Object.entries(objects)) {
    const object = value.objects[name];
    if (object === undefined) return `${file} lacks object ${name}`;
    if (!isGeometryCollection(object)) return `${file}: object ${name} is not a GeometryCollection`;
    for (const [index, geometry] of object.geometries.entries()) {
      const problem = geometryProblem(geometry, allowed, arcs.length);
      if (problem) return `${file}: object ${name}, geometry ${index} ${problem}`;
    }
    checked[name] = object;
  }
  return { type: 'Topology', objects: checked, arcs: decodeArcs(arcs, transform) };
}

function features(topology: Topology, name: string): Feature[] {
  const object = topology.objects[name];
  return object?.type === 'GeometryCollection' ? feature(topology, object).features : [];
}

function contextFeatures(
  topology: Topology,
  name: string,
  layer: ContextLayer,
): Feature<Geometry, { layer: ContextLayer }>[] {
  return features(topology, name).map((f) => ({ type: 'Feature', properties: { layer }, geometry: f.geometry }));
}

function regionCollection(detail: Topology, file: string): GeoData['regions'] | string {
  const regions = features(detail, 'regions');
  const broken = regions.findIndex((f) => !isRegionFeature(f));
  if (broken >= 0) return `${file}: region ${broken} lacks a polygon or its id, region, dataset or drawn property`;
  return { type: 'FeatureCollection', features: regions.filter(isRegionFeature) };
}

// Checked input cannot make decoding throw; this keeps a case the checks missed a message rather than a blank page.
function decodeSafely<T>(decode: () => T | string): T | string {
  try {
    return decode();
  } catch (error) {
    return `the map data could not be decoded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The region outlines alone, from a topology shaped like the detail one (for `npm run story:check`). */
export function readRegions(detail: unknown, file = DETAIL_FILE): GeoData['regions'] | string {
  return decodeSafely(() => {
    const topology = readTopology(detail, file, DETAIL_OBJECTS);
    return typeof topology === 'string' ? topology : regionCollection(topology, file);
  });
}

/** Checks and decodes the fetched map data; returns a reason when it is not what the map can draw. */
export function readGeoData(detail: unknown, world: unknown): GeoData | string {
  return decodeSafely((): GeoData | string => {
    const detailTopology = readTopology(detail, DETAIL_FILE, DETAIL_OBJECTS);
    if (typeof detailTopology === 'string') return detailTopology;
    const worldTopology = readTopology(world, WORLD_FILE, WORLD_OBJECTS);
    if (typeof worldTopology === 'string') return worldTopology;
    const regions = regionCollection(detailTopology, DETAIL_FILE);
    if (typeof regions === 'string') return regions;
    // Drawing order as geo/README.md gives it: world land, the neighbours, then the world's and the detail's borders.
    const context = [
      ...contextFeatures(worldTopology, 'land', 'world'),
      ...contextFeatures(detailTopology, 'near', 'near'),
      ...contextFeatures(worldTopology, 'borders', 'borders'),
      ...contextFeatures(detailTopology, 'borders', 'borders'),
    ];
    return { regions, context: { type: 'FeatureCollection', features: context } };
  });
}

export function regionFeature(geo: GeoData, featureId: string): RegionFeature | undefined {
  return geo.regions.features.find((candidate) => candidate.properties.id === featureId);
}
