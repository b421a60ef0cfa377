// Builds public/data/regions.geojson and public/data/context.geojson from geo/sources and world-atlas.
// Run with `npm run geo`. Deterministic: same inputs, same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { area, bbox, bboxPolygon, featureCollection, intersect, simplify } from '@turf/turf';
import { feature as topojsonFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = path.join(ROOT, 'geo', 'sources');
const WORLD_ATLAS = path.join(ROOT, 'node_modules', 'world-atlas');
const MAPSHAPER_DIR = path.join(ROOT, 'node_modules', 'mapshaper');

/** Window around the Caucasus (lon/lat) inside which 1:10m detail replaces the 1:110m world. */
// Covers the default view (lon 43.3–50.7°, lat 38.3–41.95°) at 16:9 and on a phone's 55vh map, with margin.
export const CAUCASUS_WINDOW: BBox = [38, 36, 52, 44.5];
/** ISO 3166-1 numeric codes as world-atlas stores them. */
const ARMENIA_ISO = '051';
const AZERBAIJAN_ISO = '031';
/** 0.001° ≈ 100 m: under a third of world-atlas 10m's own grid step (0.0036° × 0.0017°). */
const CAUCASUS_PRECISION_DEG = 0.001;
/** Douglas–Peucker tolerance for Armenia/Azerbaijan: about 1 px at zoom 8 (≈ 234 m/px at 40° N). */
const FOCUS_TOLERANCE_M = 250;
/** Douglas–Peucker tolerance for the neighbours: about 2.5 px at zoom 6; shared borders keep the finer one. */
const NEIGHBOUR_TOLERANCE_M = 2500;
/** Vertices that are not Armenia's or Azerbaijan's are rounded to 0.01° (≈ 1 km, under the 2,500 m tolerance). */
const NEIGHBOUR_PRECISION_DEG = 0.01;
/** World context is seen at zoom ≤ 4: 0.1° is about 1 px at zoom 3. */
const WORLD_PRECISION_DEG = 0.1;
const WORLD_KEEP_PERCENT = 15;
/** World borders get a second Douglas–Peucker pass (endpoints stay on the coast) … */
const WORLD_BORDER_TOLERANCE_DEG = 0.8;
/** … and only those wholly inside Europe, Asia and Africa are kept: the Americas and Oceania are drawn as land only. */
const WORLD_BORDER_BOX: BBox = [-30, -40, 180, 85];
/** The build fails if simplification moves Armenia's or Azerbaijan's area by more than this. */
const MAX_AREA_CHANGE_PERCENT = 0.5;
/** Budget (gzip, level 9) for regions.geojson + context.geojson, printed by the build; `npm run bench` measures the whole app. */
const SIZE_BUDGET_GZIP_BYTES = 19 * 1024;

const NE_COMMIT = '117488dc884bad03366ff727eca013e434615127';
const NK_PRE_2020_FILE = 'natural-earth-50m-artsakh-breakaway.geojson';
const NK_POST_2020_FILE = 'natural-earth-10m-artsakh-disputed.geojson';

type Areal = Polygon | MultiPolygon;
type Linear = LineString | MultiLineString;

export type RegionKind = 'armenia' | 'azerbaijan' | 'nagorno-karabakh';
export interface RegionProperties {
  id: string;
  region: RegionKind;
  dataset: string;
  scale: '1:10m' | '1:50m';
  processing: string;
  drawn: boolean;
  unclipped?: string;
}
export type RegionFeature = Feature<Areal, RegionProperties> & { id: string };

/** The map tells the three apart by `layer` alone; it reads no other property. */
export type ContextProperties = { layer: 'world' | 'near' | 'borders' };

interface CountryProperties {
  name: string;
  iso: string;
  /** 1 for Armenia/Azerbaijan: read by mapshaper's variable simplification. */
  focus: number;
}

export interface BuildReport {
  files: { name: string; rawBytes: number; gzipBytes: number }[];
  areasKm2: Record<string, number>;
  unsimplifiedAreasKm2: Record<string, number>;
  vertices: Record<string, number>;
  unsimplifiedVertices: Record<string, number>;
}

// ---------- small helpers ----------

interface MapshaperApi {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
}

// mapshaper ships no type declarations: load it through require and describe the one call we use.
function loadMapshaper(): MapshaperApi {
  const requireCjs = createRequire(import.meta.url);
  const loaded: unknown = requireCjs('mapshaper');
  if (typeof loaded !== 'object' || loaded === null || !('applyCommands' in loaded)) {
    throw new Error('mapshaper did not load');
  }
  return loaded as MapshaperApi;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function packageVersion(dir: string): string {
  const pkg = readJson(path.join(dir, 'package.json'));
  if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') {
    return pkg.version;
  }
  throw new Error(`no version in ${dir}/package.json`);
}

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'FeatureCollection';
}

function isAreal(geometry: Geometry | null): geometry is Areal {
  return geometry !== null && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
}

function isLinear(geometry: Geometry | null): geometry is Linear {
  return geometry !== null && (geometry.type === 'LineString' || geometry.type === 'MultiLineString');
}

function stringProperty(feature: Feature, key: string): string {
  const value: unknown = feature.properties?.[key];
  if (typeof value !== 'string') throw new Error(`feature lacks string property ${key}`);
  return value;
}

function vertexCount(geometry: Areal): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().reduce((sum, ring) => sum + ring.length, 0);
}

function km2(geometry: Geometry): number {
  return area(geometry) / 1e6;
}

function percentChange(value: number, reference: number): number {
  return ((value - reference) / reference) * 100;
}

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

function roundAreal(geometry: Areal, precisionDeg: number): Areal {
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

function coarsenLine(line: Position[], keep: ReadonlySet<string>, precisionDeg: number, minLength: number): Position[] | null {
  const out: Position[] = [];
  for (const position of line) {
    const next = keep.has(positionKey(position)) ? position : roundPosition(position, precisionDeg);
    if (!samePosition(out[out.length - 1], next)) out.push(next);
  }
  return out.length >= minLength ? out : null;
}

function coarsenAreal(geometry: Areal, keep: ReadonlySet<string>, precisionDeg: number): Areal | null {
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

function coarsenLines(geometry: MultiLineString, keep: ReadonlySet<string>, precisionDeg: number): MultiLineString {
  const lines = geometry.coordinates.map((line) => coarsenLine(line, keep, precisionDeg, 2));
  return { type: 'MultiLineString', coordinates: lines.filter((line): line is Position[] => line !== null) };
}

function verticesOf(geometries: Areal[]): Set<string> {
  const keys = new Set<string>();
  for (const geometry of geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const position of polygons.flat(2)) keys.add(positionKey(position));
  }
  return keys;
}

function linesOf(geometry: Linear): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

function mergeLines(features: Feature[]): MultiLineString {
  const lines = features.flatMap((f) => (isLinear(f.geometry) ? linesOf(f.geometry) : []));
  return { type: 'MultiLineString', coordinates: lines };
}

// ---------- antimeridian ----------
// world-atlas 2 keeps rings that cross ±180° whole (fine on a sphere); drawn flat they would streak across the map.

function crossesAntimeridian(ring: Position[]): boolean {
  return ring.some((position, i) => {
    const previous = ring[i - 1];
    return previous !== undefined && Math.abs((position[0] ?? 0) - (previous[0] ?? 0)) > 180;
  });
}

function withoutAntimeridianCrossing<P>(feature: Feature<Areal, P>): Feature<Areal, P> {
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
  const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
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
  const split = polygons.flatMap((rings) => (rings.some(crossesAntimeridian) ? cutUnwrapped(rings.map(unwrapRing)) : [rings]));
  return { type: 'MultiPolygon', coordinates: split };
}

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

// ---------- sources ----------

function loadCountries(scale: '10m' | '110m'): Feature<Areal, CountryProperties>[] {
  const topology = readJson(path.join(WORLD_ATLAS, `countries-${scale}.json`)) as Topology;
  const countries = topology.objects['countries'];
  if (!countries || countries.type !== 'GeometryCollection') throw new Error('world-atlas: no countries');
  const collection = topojsonFeature(topology, countries as GeometryCollection);
  return collection.features.flatMap((f) => {
    if (!isAreal(f.geometry) || typeof f.id !== 'string') return [];
    const iso = f.id;
    const focus = iso === ARMENIA_ISO || iso === AZERBAIJAN_ISO ? 1 : 0;
    const properties: CountryProperties = { name: stringProperty(f, 'name'), iso, focus };
    return [{ type: 'Feature', properties, geometry: f.geometry }];
  });
}

function loadSourceOutline(file: string): Areal {
  const collection = readJson(path.join(SOURCES, file));
  if (!isFeatureCollection(collection)) throw new Error(`${file} is not a FeatureCollection`);
  const [only] = collection.features;
  if (!only || collection.features.length !== 1 || !isAreal(only.geometry)) {
    throw new Error(`${file} must hold exactly one polygon feature`);
  }
  return only.geometry;
}

function findCountry<P extends { iso: string }>(features: Feature<Areal, P>[], iso: string): Feature<Areal, P> {
  const found = features.find((f) => f.properties.iso === iso);
  if (!found) throw new Error(`world-atlas: no country ${iso}`);
  return found;
}

// ---------- mapshaper steps ----------

function outputCollection(output: Record<string, unknown>, file: string): FeatureCollection {
  const content = output[file];
  if (content === undefined) throw new Error(`mapshaper wrote no ${file} (wrote ${Object.keys(output).join(', ')})`);
  const text = typeof content === 'string' ? content : content instanceof Uint8Array ? Buffer.from(content).toString('utf8') : '';
  const parsed: unknown = JSON.parse(text);
  if (!isFeatureCollection(parsed)) throw new Error(`mapshaper wrote no ${file}`);
  return parsed;
}

/** Caucasus countries at 1:10m, clipped to the window and simplified in one topology. */
async function buildCaucasus(mapshaper: MapshaperApi, countries10m: Feature<Areal, CountryProperties>[]) {
  const touching = countries10m.filter((f) => bboxesOverlap(bbox(f), CAUCASUS_WINDOW)).map(withoutAntimeridianCrossing);
  const commands = [
    '-i caucasus.json name=caucasus',
    `-clip bbox=${CAUCASUS_WINDOW.join(',')}`,
    `-simplify dp variable interval='focus ? ${FOCUS_TOLERANCE_M} : ${NEIGHBOUR_TOLERANCE_M}'`,
    '-innerlines + name=caucasus-borders',
    '-target caucasus',
    // The neighbours as one polygon: borders between two neighbours are drawn once, by the borders layer.
    `-filter 'focus != 1' + name=caucasus-near`,
    '-dissolve2 target=caucasus-near',
    `-o target=* format=geojson geojson-type=FeatureCollection precision=${CAUCASUS_PRECISION_DEG}`,
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, { 'caucasus.json': featureCollection(touching) });
  // A country whose bbox overlaps the window but whose land does not (France, USA) comes back empty.
  const clipped = outputCollection(output, 'caucasus.json').features.flatMap((f) => {
    if (!isAreal(f.geometry)) return [];
    return [{ ...f, geometry: f.geometry, properties: { name: stringProperty(f, 'name'), iso: stringProperty(f, 'iso') } }];
  });
  const borders = mergeLines(outputCollection(output, 'caucasus-borders.json').features);
  const near = outputCollection(output, 'caucasus-near.json').features.flatMap((f) => (isAreal(f.geometry) ? [f.geometry] : []));
  return { clipped, borders, near };
}

/** World context at 1:110m, minus Armenia, Azerbaijan and the Caucasus window. */
async function buildWorld(mapshaper: MapshaperApi, countries110m: Feature<Areal, CountryProperties>[]) {
  const others = countries110m
    .filter((f) => f.properties.iso !== ARMENIA_ISO && f.properties.iso !== AZERBAIJAN_ISO)
    .map(withoutAntimeridianCrossing);
  const commands = [
    '-i world.json name=world',
    `-simplify weighted ${WORLD_KEEP_PERCENT}% keep-shapes`,
    `-erase bbox=${CAUCASUS_WINDOW.join(',')}`,
    '-innerlines + name=world-borders',
    '-target world',
    '-dissolve2',
    `-o target=* format=geojson geojson-type=FeatureCollection precision=${WORLD_PRECISION_DEG}`,
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, { 'world.json': featureCollection(others) });
  const land = outputCollection(output, 'world.json').features.flatMap((f) => (isAreal(f.geometry) ? [f.geometry] : []));
  const lines = mergeLines(outputCollection(output, 'world-borders.json').features);
  const simplified = simplify(lines, { tolerance: WORLD_BORDER_TOLERANCE_DEG, highQuality: true });
  const [west, south, east, north] = WORLD_BORDER_BOX;
  const inBox = (line: Position[]) => line.every(([lon = 0, lat = 0]) => lon >= west && lat >= south && lon <= east && lat <= north);
  const borders: MultiLineString = { type: 'MultiLineString', coordinates: simplified.coordinates.filter(inBox) };
  return { land, borders: coarsenLines(borders, new Set(), WORLD_PRECISION_DEG) };
}

// ---------- features ----------

function regionFeature(properties: RegionProperties, geometry: Areal): RegionFeature {
  return { type: 'Feature', id: properties.id, properties, geometry };
}

function clipToAzerbaijan(outline: Areal, azerbaijan: Areal): Areal {
  const clipped = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: outline }, { type: 'Feature', properties: {}, geometry: azerbaijan }]));
  if (!clipped) throw new Error('Nagorno-Karabakh outline does not meet Azerbaijan');
  return clipped.geometry;
}

function asMultiPolygon(geometry: Areal): MultiPolygon {
  return geometry.type === 'MultiPolygon' ? geometry : { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
}

interface Provenance {
  worldAtlas: string;
  mapshaper: string;
}

function buildRegions(
  caucasus: Feature<Areal, { name: string; iso: string }>[],
  azerbaijan10m: Areal,
  versions: Provenance,
): RegionFeature[] {
  const countryDataset = `world-atlas ${versions.worldAtlas} countries-10m.json (Natural Earth 1:10m Admin 0 – Countries, v4.1.0)`;
  const countryProcessing =
    `simplified with mapshaper ${versions.mapshaper} in one topology with its neighbours ` +
    `(Douglas–Peucker, ${FOCUS_TOLERANCE_M} m tolerance); coordinates rounded to ${CAUCASUS_PRECISION_DEG}°`;
  const ne = (file: string, layer: string, scale: string, copy: string) =>
    `Natural Earth ${scale} ${layer}, feature Artsakh (geojson/${file} at nvkelso/natural-earth-vector ${NE_COMMIT.slice(0, 7)}; copy: geo/sources/${copy})`;
  const rounding = `coordinates rounded to ${CAUCASUS_PRECISION_DEG}°`;
  const armenia = findCountry(caucasus, ARMENIA_ISO).geometry;
  const azerbaijan = asMultiPolygon(findCountry(caucasus, AZERBAIJAN_ISO).geometry);
  const nkPre = loadSourceOutline(NK_PRE_2020_FILE);
  const nkPost = loadSourceOutline(NK_POST_2020_FILE);
  const pre2020Dataset = ne('ne_50m_admin_0_breakaway_disputed_areas.geojson', 'Admin 0 – Breakaway and disputed areas', '1:50m', NK_PRE_2020_FILE);
  return [
    regionFeature({ id: 'armenia', region: 'armenia', dataset: countryDataset, scale: '1:10m', processing: countryProcessing, drawn: true }, armenia),
    regionFeature({ id: 'azerbaijan', region: 'azerbaijan', dataset: countryDataset, scale: '1:10m', processing: countryProcessing, drawn: true }, azerbaijan),
    regionFeature(
      {
        id: 'nagorno-karabakh-pre-2020',
        region: 'nagorno-karabakh',
        dataset: pre2020Dataset,
        scale: '1:50m',
        processing: `clipped with turf.intersect to Azerbaijan's unsimplified 1:10m outline (world-atlas ${versions.worldAtlas}), removing the parts that spill into Armenia (about 127 km²) and Iran (about 34 km²); ${rounding}`,
        drawn: true,
        unclipped: 'nagorno-karabakh-pre-2020-unclipped',
      },
      roundAreal(clipToAzerbaijan(nkPre, azerbaijan10m), CAUCASUS_PRECISION_DEG),
    ),
    regionFeature(
      {
        id: 'nagorno-karabakh-pre-2020-unclipped',
        region: 'nagorno-karabakh',
        dataset: pre2020Dataset,
        scale: '1:50m',
        processing: `as published (not clipped, not simplified); ${rounding}`,
        drawn: false,
      },
      roundAreal(nkPre, CAUCASUS_PRECISION_DEG),
    ),
    regionFeature(
      {
        id: 'nagorno-karabakh-post-2020',
        region: 'nagorno-karabakh',
        dataset: ne('ne_10m_admin_0_disputed_areas.geojson', 'Admin 0 – Disputed areas', '1:10m', NK_POST_2020_FILE),
        scale: '1:10m',
        processing: `as published (not clipped, not simplified); ${rounding}`,
        drawn: true,
      },
      roundAreal(nkPost, CAUCASUS_PRECISION_DEG),
    ),
  ];
}

function contextFeatures(
  world: { land: Areal[]; borders: MultiLineString },
  caucasus: Feature<Areal, { name: string; iso: string }>[],
  caucasusBorders: MultiLineString,
  near: Areal[],
): Feature<Geometry, ContextProperties>[] {
  const isFocus = (f: Feature<Areal, { iso: string }>) => f.properties.iso === ARMENIA_ISO || f.properties.iso === AZERBAIJAN_ISO;
  const keep = verticesOf(caucasus.filter(isFocus).map((f) => f.geometry));
  const worldFeatures = world.land.map(
    (geometry): Feature<Geometry, ContextProperties> => ({ type: 'Feature', properties: { layer: 'world' }, geometry }),
  );
  const nearFeatures = near
    .flatMap((g): Feature<Geometry, ContextProperties>[] => {
      const geometry = coarsenAreal(g, keep, NEIGHBOUR_PRECISION_DEG);
      return geometry ? [{ type: 'Feature', properties: { layer: 'near' }, geometry }] : [];
    });
  const borderFeatures: Feature<Geometry, ContextProperties>[] = [
    // Two features: 1:110m borders outside the window, 1:10m borders inside it.
    { type: 'Feature', properties: { layer: 'borders' }, geometry: world.borders },
    { type: 'Feature', properties: { layer: 'borders' }, geometry: coarsenLines(caucasusBorders, keep, NEIGHBOUR_PRECISION_DEG) },
  ];
  return [...worldFeatures, ...nearFeatures, ...borderFeatures];
}

// ---------- the build ----------

function writeCollection(outDir: string, name: string, features: Feature[], report: BuildReport): void {
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(path.join(outDir, name), text);
  report.files.push({ name, rawBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length });
}

function checkAreaChange(name: string, simplified: number, unsimplified: number): void {
  const change = percentChange(simplified, unsimplified);
  if (Math.abs(change) > MAX_AREA_CHANGE_PERCENT) {
    throw new Error(`${name}: simplification changed the area by ${change.toFixed(3)} % (limit ${MAX_AREA_CHANGE_PERCENT} %)`);
  }
}

export async function buildGeo(outDir: string): Promise<BuildReport> {
  const mapshaper = loadMapshaper();
  const versions: Provenance = { worldAtlas: packageVersion(WORLD_ATLAS), mapshaper: packageVersion(MAPSHAPER_DIR) };
  const countries10m = loadCountries('10m');
  const armenia10m = findCountry(countries10m, ARMENIA_ISO).geometry;
  const azerbaijan10m = findCountry(countries10m, AZERBAIJAN_ISO).geometry;

  const caucasus = await buildCaucasus(mapshaper, countries10m);
  const world = await buildWorld(mapshaper, loadCountries('110m'));
  const regions = buildRegions(caucasus.clipped, azerbaijan10m, versions);

  const report: BuildReport = {
    files: [],
    areasKm2: Object.fromEntries(regions.map((f) => [f.id, km2(f.geometry)])),
    unsimplifiedAreasKm2: { armenia: km2(armenia10m), azerbaijan: km2(azerbaijan10m) },
    vertices: Object.fromEntries(regions.map((f) => [f.id, vertexCount(f.geometry)])),
    unsimplifiedVertices: { armenia: vertexCount(armenia10m), azerbaijan: vertexCount(azerbaijan10m) },
  };
  for (const id of ['armenia', 'azerbaijan']) {
    checkAreaChange(id, report.areasKm2[id] ?? Number.NaN, report.unsimplifiedAreasKm2[id] ?? Number.NaN);
  }
  mkdirSync(outDir, { recursive: true });
  writeCollection(outDir, 'regions.geojson', regions, report);
  writeCollection(outDir, 'context.geojson', contextFeatures(world, caucasus.clipped, caucasus.borders, caucasus.near), report);
  return report;
}

function printReport(report: BuildReport): void {
  for (const [id, km2Value] of Object.entries(report.areasKm2)) {
    const before = report.unsimplifiedAreasKm2[id];
    const vertices = `${report.vertices[id] ?? 0} vertices`;
    const change =
      before === undefined
        ? ''
        : `; unsimplified ${before.toFixed(0)} km², ${report.unsimplifiedVertices[id] ?? 0} vertices; area change ${percentChange(km2Value, before).toFixed(3)} %`;
    console.log(`${id.padEnd(36)} ${km2Value.toFixed(0).padStart(6)} km², ${vertices}${change}`);
  }
  let totalGzip = 0;
  for (const file of report.files) {
    totalGzip += file.gzipBytes;
    console.log(`${file.name.padEnd(18)} ${(file.rawBytes / 1024).toFixed(1)} KB raw, ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`);
  }
  const verdict = totalGzip <= SIZE_BUDGET_GZIP_BYTES ? 'within' : 'OVER';
  console.log(`total ${(totalGzip / 1024).toFixed(1)} KB gzip, ${verdict} the ${SIZE_BUDGET_GZIP_BYTES / 1024} KB budget`);
}

// Run only when executed as the script (npm run geo), not when imported by the test.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  printReport(await buildGeo(path.join(ROOT, 'public', 'data')));
}
