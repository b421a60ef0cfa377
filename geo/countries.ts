// Per-country GeoJSON from Natural Earth 1:50m (world-atlas countries-50m.json): one file per ISO 3166-1 numeric code,
// for stories that name countries anywhere (the app fetches only the ones a story names), and an index of them.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Position } from 'geojson';
import { areaKm2, percentDifference } from '../src/geometry/area';
import { withoutAntimeridianCrossing } from './antimeridian';
import type { Areal } from './geometry';
import { countriesWithoutId, loadCountries, packageVersion, WORLD_ATLAS } from './inputs';
import { roundAreal } from './precision';

/** The folder under public/data/ that holds `<iso>.json` per country and `index.json`. */
export const COUNTRIES_DIR = 'countries';
export const COUNTRIES_INDEX_FILE = 'index.json';
/** 0.001° ≈ 100 m: well under what 1:50m resolves (world-atlas 50m's own grid step is 0.0036° × 0.0017°). */
const COUNTRY_PRECISION_DEG = 0.001;
const ISO_NUMERIC = /^\d{3}$/;

type Polygons = Position[][][];
/** [west, south, east, north] in degrees. */
type Bbox = [number, number, number, number];

export interface Country {
  iso: string;
  name: string;
  geometry: Areal;
}

interface CountryFeature {
  type: 'Feature';
  id: string;
  properties: { iso: string; name: string };
  geometry: Areal;
}

export interface CountriesIndex {
  source: string;
  countries: { iso: string; name: string; bbox: Bbox }[];
}

export interface CountriesReport {
  /** The country files, by ISO code, then index.json. */
  files: { name: string; country: string; rawBytes: number; gzipBytes: number }[];
  /** Countries without a file: no ISO numeric id in world-atlas, or nothing left after rounding. */
  skipped: string[];
  /** ISO codes world-atlas gives to more than one feature: merged into one file. */
  merged: { iso: string; names: string[] }[];
  /** The largest area change rounding made, against the same country unrounded (both cut at ±180°). */
  largestAreaChange: { iso: string; name: string; percent: number };
}

function polygonsOf(geometry: Areal): Polygons {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function byLargestArea(a: Country, b: Country): Country {
  return areaKm2(b.geometry) > areaKm2(a.geometry) ? b : a;
}

/**
 * One country per ISO code, sorted by it. Features sharing a code are merged into one MultiPolygon named after the
 * largest (world-atlas gives Ashmore and Cartier Is. Australia's 036).
 */
export function groupByIso(countries: readonly Country[]): Country[] {
  const groups = new Map<string, Country[]>();
  for (const country of countries) groups.set(country.iso, [...(groups.get(country.iso) ?? []), country]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([iso, parts]) => {
      const [first, ...rest] = parts;
      if (!first) return [];
      if (rest.length === 0) return [first];
      const coordinates = parts.flatMap((part) => polygonsOf(part.geometry));
      return [{ iso, name: rest.reduce(byLargestArea, first).name, geometry: { type: 'MultiPolygon', coordinates } }];
    });
}

// Twice the ring's planar signed area (shoelace): positive when the ring runs counter-clockwise.
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

// RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. world-atlas winds the other way (d3's
// convention), and the parts cut at ±180° come back counter-clockwise: one rule keeps a country's polygons alike.
function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? ring : [...ring].reverse()));
}

function rewind(geometry: Areal): Areal {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}

/**
 * The country's file content: rounded to 0.001°, with repeated points, collapsed rings and empty polygons dropped, and
 * wound as RFC 7946 asks. Expects a geometry already cut at ±180°. Null when nothing is left.
 */
export function countryFeature(country: Country): CountryFeature | null {
  const rounded = roundAreal(country.geometry, COUNTRY_PRECISION_DEG);
  if (polygonsOf(rounded).length === 0) return null;
  const { iso, name } = country;
  return { type: 'Feature', id: iso, properties: { iso, name }, geometry: rewind(rounded) };
}

function alongOneParallel(ring: Position[]): boolean {
  const [, lat] = ring[0] ?? [];
  return ring.every((position) => position[1] === lat);
}

/**
 * Drops rings that run along one parallel: world-atlas 50m gives Antarctica a circle around the South Pole at −89.999°
 * as its first ring, the coast as the second. Flat, that circle encloses nothing, and cutting at ±180° would keep the
 * strip it makes with the pole and lose the continent; without it, the cut closes the coast along the pole.
 */
export function withoutPoleCircles(geometry: Areal): Areal {
  const polygons = polygonsOf(geometry)
    .map((rings) => rings.filter((ring) => !alongOneParallel(ring)))
    .filter((rings) => rings.length > 0);
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

// world-atlas keeps rings that cross ±180° whole (Russia, Fiji, Antarctica): drawn flat they would streak across the map.
export function cutAtAntimeridian(country: Country): Country {
  const feature: Feature<Areal> = { type: 'Feature', properties: {}, geometry: withoutPoleCircles(country.geometry) };
  return { ...country, geometry: withoutAntimeridianCrossing(feature).geometry };
}

/**
 * [west, south, east, north] of the geometry's vertices, on the 0.001° grid. Plain min/max: a country with land on both
 * sides of ±180° (Russia, Fiji, the USA, New Zealand, Kiribati) spans nearly −180…180.
 */
export function countryBbox(geometry: Areal): Bbox {
  const perDegree = Math.round(1 / COUNTRY_PRECISION_DEG);
  const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon = 0, lat = 0] of polygonsOf(geometry).flat(2)) {
    bbox[0] = Math.min(bbox[0], lon);
    bbox[1] = Math.min(bbox[1], lat);
    bbox[2] = Math.max(bbox[2], lon);
    bbox[3] = Math.max(bbox[3], lat);
  }
  const [west, south, east, north] = bbox.map((value) => Math.round(value * perDegree) / perDegree);
  return [west ?? 0, south ?? 0, east ?? 0, north ?? 0];
}

export function countriesIndex(features: readonly CountryFeature[], worldAtlasVersion: string): CountriesIndex {
  return {
    source: `Natural Earth 1:50m admin-0 countries, via world-atlas ${worldAtlasVersion}`,
    countries: features.map((f) => ({ iso: f.id, name: f.properties.name, bbox: countryBbox(f.geometry) })),
  };
}

function writeJson(dir: string, name: string, country: string, value: unknown): CountriesReport['files'][number] {
  const text = JSON.stringify(value);
  writeFileSync(path.join(dir, name), text);
  return { name, country, rawBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
}

// Measured against the unrounded country, cut alike, so Russia's and Fiji's areas compare like for like.
function largestAreaChange(countries: readonly Country[], features: readonly CountryFeature[]) {
  const unrounded = new Map(countries.map((c) => [c.iso, c.geometry]));
  let largest: CountriesReport['largestAreaChange'] = { iso: '', name: '', percent: 0 };
  for (const f of features) {
    const before = unrounded.get(f.id);
    const percent = before ? percentDifference(areaKm2(f.geometry), areaKm2(before)) : 0;
    if (Math.abs(percent) > Math.abs(largest.percent)) largest = { iso: f.id, name: f.properties.name, percent };
  }
  return largest;
}

/** Writes `<iso>.json` for every country with an ISO numeric id, and index.json, into `outDir`. */
export function buildCountries(outDir: string): CountriesReport {
  const loaded = loadCountries('50m').map(({ properties: { iso, name }, geometry }) => ({ iso, name, geometry }));
  const countries = groupByIso(loaded.filter((c) => ISO_NUMERIC.test(c.iso)).map(cutAtAntimeridian));
  const features = countries.flatMap((c) => countryFeature(c) ?? []);
  const written = new Set(features.map((f) => `${f.id}.json`));
  mkdirSync(outDir, { recursive: true });
  // A code world-atlas no longer has must not leave its old file behind.
  for (const name of readdirSync(outDir)) {
    if (/^\d{3}\.json$/.test(name) && !written.has(name)) rmSync(path.join(outDir, name));
  }
  const files = features.map((f) => writeJson(outDir, `${f.id}.json`, f.properties.name, f));
  files.push(writeJson(outDir, COUNTRIES_INDEX_FILE, 'index', countriesIndex(features, packageVersion(WORLD_ATLAS))));
  const kept = new Set(features.map((f) => f.id));
  return {
    files,
    skipped: [
      ...countriesWithoutId('50m').map((name) => `${name} (no id)`),
      ...loaded.filter((c) => !ISO_NUMERIC.test(c.iso)).map((c) => `${c.name} (id ${c.iso})`),
      ...countries.filter((c) => !kept.has(c.iso)).map((c) => `${c.name} (${c.iso}: nothing left at 0.001°)`),
    ],
    merged: countries.flatMap((c) => {
      const names = loaded.filter((l) => l.iso === c.iso).map((l) => l.name);
      return names.length > 1 ? [{ iso: c.iso, names }] : [];
    }),
    largestAreaChange: largestAreaChange(countries, features),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printCountriesReport(report: CountriesReport): void {
  const countryFiles = report.files.filter((f) => f.name !== COUNTRIES_INDEX_FILE);
  const raw = report.files.reduce((sum, f) => sum + f.rawBytes, 0);
  const gzip = report.files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const largest = countryFiles.reduce<(typeof countryFiles)[number] | undefined>(
    (max, f) => (max && max.rawBytes >= f.rawBytes ? max : f),
    undefined,
  );
  const largestText = largest
    ? `; largest ${largest.name} (${largest.country}) ${kb(largest.rawBytes)} raw, ${kb(largest.gzipBytes)} gzip`
    : '';
  console.log(
    `${COUNTRIES_DIR}/: ${countryFiles.length} countries + ${COUNTRIES_INDEX_FILE}, ${kb(raw)} raw, ${kb(gzip)} gzip (each file on its own)${largestText}`,
  );
  console.log(`${COUNTRIES_DIR}/ skipped: ${report.skipped.join(', ') || 'none'}`);
  for (const { iso, names } of report.merged) console.log(`${COUNTRIES_DIR}/${iso}.json merges ${names.join(' + ')}`);
  const change = report.largestAreaChange;
  console.log(`${COUNTRIES_DIR}/ rounding moves an area by at most ${change.percent.toFixed(3)} % (${change.name})`);
}
