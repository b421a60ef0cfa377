// Reading the build's inputs: world-atlas countries, the outlines in geo/sources, and package versions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature as topojsonFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import { isAreal, isFeatureCollection, stringProperty, type Areal } from './geometry';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = path.join(ROOT, 'geo', 'sources');
export const WORLD_ATLAS = path.join(ROOT, 'node_modules', 'world-atlas');
export const MAPSHAPER_DIR = path.join(ROOT, 'node_modules', 'mapshaper');

/** ISO 3166-1 numeric codes as world-atlas stores them. */
export const ARMENIA_ISO = '051';
export const AZERBAIJAN_ISO = '031';

export const NE_COMMIT = '117488dc884bad03366ff727eca013e434615127';
export const NK_PRE_2020_FILE = 'natural-earth-50m-artsakh-breakaway.geojson';
export const NK_POST_2020_FILE = 'natural-earth-10m-artsakh-disputed.geojson';

/** world-atlas's three scales of Natural Earth admin-0 countries: 1:10m, 1:50m, 1:110m. */
type CountryScale = '10m' | '50m' | '110m';

export interface CountryProperties {
  name: string;
  iso: string;
  /** 1 for Armenia/Azerbaijan: read by mapshaper's variable simplification. */
  focus: number;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function packageVersion(dir: string): string {
  const pkg = readJson(path.join(dir, 'package.json'));
  if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string') {
    return pkg.version;
  }
  throw new Error(`no version in ${dir}/package.json`);
}

/** The world-atlas file of Natural Earth admin-0 countries at that scale. */
export function countriesFile(scale: CountryScale): string {
  return path.join(WORLD_ATLAS, `countries-${scale}.json`);
}

function decodeCountries(scale: CountryScale): Feature[] {
  const topology = readJson(countriesFile(scale)) as Topology;
  const countries = topology.objects['countries'];
  if (!countries || countries.type !== 'GeometryCollection') throw new Error('world-atlas: no countries');
  return topojsonFeature(topology, countries as GeometryCollection).features;
}

/** The countries world-atlas gives an ISO numeric id (a string such as '051'), as GeoJSON. */
export function loadCountries(scale: CountryScale): Feature<Areal, CountryProperties>[] {
  return decodeCountries(scale).flatMap((f) => {
    if (!isAreal(f.geometry) || typeof f.id !== 'string') return [];
    const iso = f.id;
    const focus = iso === ARMENIA_ISO || iso === AZERBAIJAN_ISO ? 1 : 0;
    const properties: CountryProperties = { name: stringProperty(f, 'name'), iso, focus };
    return [{ type: 'Feature', properties, geometry: f.geometry }];
  });
}

/** The names of the countries world-atlas gives no id (Natural Earth's ISO code −99: Kosovo, N. Cyprus, …). */
export function countriesWithoutId(scale: CountryScale): string[] {
  return decodeCountries(scale)
    .filter((f) => typeof f.id !== 'string')
    .map((f) => stringProperty(f, 'name'));
}

export function loadSourceOutline(file: string): Areal {
  const collection = readJson(path.join(SOURCES, file));
  if (!isFeatureCollection(collection)) throw new Error(`${file} is not a FeatureCollection`);
  const [only] = collection.features;
  if (!only || collection.features.length !== 1 || !isAreal(only.geometry)) {
    throw new Error(`${file} must hold exactly one polygon feature`);
  }
  return only.geometry;
}

export function findCountry<P extends { iso: string }>(features: Feature<Areal, P>[], iso: string): Feature<Areal, P> {
  const found = features.find((f) => f.properties.iso === iso);
  if (!found) throw new Error(`world-atlas: no country ${iso}`);
  return found;
}
