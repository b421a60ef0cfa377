// The mapshaper runs: the Caucasus at 1:10m in one topology, and the world context at 1:110m.
import { createRequire } from 'node:module';
import { bbox, featureCollection, simplify } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import { withoutAntimeridianCrossing } from './antimeridian';
import { bboxesOverlap, isAreal, isFeatureCollection, mergeLines, stringProperty, type Areal } from './geometry';
import { coarsenLines } from './precision';
import { ARMENIA_ISO, AZERBAIJAN_ISO, type CountryProperties } from './inputs';

/** Window around the Caucasus (lon/lat) inside which 1:10m detail replaces the 1:110m world. */
// Covers the default view (lon 43.3–50.7°, lat 38.3–41.95°) at 16:9 and on a phone's 55vh map, with margin.
export const CAUCASUS_WINDOW: BBox = [38, 36, 52, 44.5];
/** 0.001° ≈ 100 m: under a third of world-atlas 10m's own grid step (0.0036° × 0.0017°). */
export const CAUCASUS_PRECISION_DEG = 0.001;
/** Douglas–Peucker tolerance for Armenia/Azerbaijan: about 1 px at zoom 8 (≈ 234 m/px at 40° N). */
export const FOCUS_TOLERANCE_M = 250;
/** Douglas–Peucker tolerance for the neighbours: about 2.5 px at zoom 6; shared borders keep the finer one. */
const NEIGHBOUR_TOLERANCE_M = 2500;
/** World context is seen at zoom ≤ 4: 0.1° is about 1 px at zoom 3. */
export const WORLD_PRECISION_DEG = 0.1;
const WORLD_KEEP_PERCENT = 15;
/** World borders get a second Douglas–Peucker pass (endpoints stay on the coast) … */
const WORLD_BORDER_TOLERANCE_DEG = 0.8;
/** … and only those wholly inside Europe, Asia and Africa are kept: the Americas and Oceania are drawn as land only. */
const WORLD_BORDER_BOX: BBox = [-30, -40, 180, 85];

export interface MapshaperApi {
  applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
}

// mapshaper ships no type declarations: load it through require and describe the one call we use.
export function loadMapshaper(): MapshaperApi {
  const requireCjs = createRequire(import.meta.url);
  const loaded: unknown = requireCjs('mapshaper');
  if (typeof loaded !== 'object' || loaded === null || !('applyCommands' in loaded)) {
    throw new Error('mapshaper did not load');
  }
  return loaded as MapshaperApi;
}

function outputCollection(output: Record<string, unknown>, file: string): FeatureCollection {
  const content = output[file];
  if (content === undefined) throw new Error(`mapshaper wrote no ${file} (wrote ${Object.keys(output).join(', ')})`);
  const text =
    typeof content === 'string' ? content : content instanceof Uint8Array ? Buffer.from(content).toString('utf8') : '';
  const parsed: unknown = JSON.parse(text);
  if (!isFeatureCollection(parsed)) throw new Error(`mapshaper wrote no ${file}`);
  return parsed;
}

/** Caucasus countries at 1:10m, clipped to the window and simplified in one topology. */
export async function buildCaucasus(mapshaper: MapshaperApi, countries10m: Feature<Areal, CountryProperties>[]) {
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
    return [
      { ...f, geometry: f.geometry, properties: { name: stringProperty(f, 'name'), iso: stringProperty(f, 'iso') } },
    ];
  });
  const borders = mergeLines(outputCollection(output, 'caucasus-borders.json').features);
  const near = outputCollection(output, 'caucasus-near.json').features.flatMap((f) =>
    isAreal(f.geometry) ? [f.geometry] : [],
  );
  return { clipped, borders, near };
}

/** World context at 1:110m, minus Armenia, Azerbaijan and the Caucasus window. */
export async function buildWorld(mapshaper: MapshaperApi, countries110m: Feature<Areal, CountryProperties>[]) {
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
  const land = outputCollection(output, 'world.json').features.flatMap((f) =>
    isAreal(f.geometry) ? [f.geometry] : [],
  );
  const lines = mergeLines(outputCollection(output, 'world-borders.json').features);
  const simplified = simplify(lines, { tolerance: WORLD_BORDER_TOLERANCE_DEG, highQuality: true });
  const [west, south, east, north] = WORLD_BORDER_BOX;
  const inBox = (line: Position[]) =>
    line.every(([lon = 0, lat = 0]) => lon >= west && lat >= south && lon <= east && lat <= north);
  const borders: MultiLineString = { type: 'MultiLineString', coordinates: simplified.coordinates.filter(inBox) };
  return { land, borders: coarsenLines(borders, new Set(), WORLD_PRECISION_DEG) };
}
