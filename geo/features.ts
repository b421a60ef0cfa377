// The output features: the regions with their provenance, and the basemap's layers (written as TopoJSON by topology.ts).
import { featureCollection, intersect } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import type { Areal } from './geometry';
import { CAUCASUS_PRECISION_DEG, FOCUS_TOLERANCE_M } from './mapshaper';
import { coarsenAreal, coarsenLines, roundAreal, verticesOf } from './precision';
import {
  ARMENIA_ISO,
  AZERBAIJAN_ISO,
  findCountry,
  loadSourceOutline,
  NE_COMMIT,
  NK_POST_2020_FILE,
  NK_PRE_2020_FILE,
} from './inputs';

/** Vertices that are not Armenia's or Azerbaijan's are rounded to 0.01° (≈ 1 km, under the 2,500 m tolerance). */
const NEIGHBOUR_PRECISION_DEG = 0.01;

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

function regionFeature(properties: RegionProperties, geometry: Areal): RegionFeature {
  return { type: 'Feature', id: properties.id, properties, geometry };
}

function clipToAzerbaijan(outline: Areal, azerbaijan: Areal): Areal {
  const clipped = intersect(
    featureCollection([
      { type: 'Feature', properties: {}, geometry: outline },
      { type: 'Feature', properties: {}, geometry: azerbaijan },
    ]),
  );
  if (!clipped) throw new Error('Nagorno-Karabakh outline does not meet Azerbaijan');
  return clipped.geometry;
}

function asMultiPolygon(geometry: Areal): MultiPolygon {
  return geometry.type === 'MultiPolygon' ? geometry : { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
}

export interface Provenance {
  worldAtlas: string;
  mapshaper: string;
}

export function buildRegions(
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
  const pre2020Dataset = ne(
    'ne_50m_admin_0_breakaway_disputed_areas.geojson',
    'Admin 0 – Breakaway and disputed areas',
    '1:50m',
    NK_PRE_2020_FILE,
  );
  return [
    regionFeature(
      {
        id: 'armenia',
        region: 'armenia',
        dataset: countryDataset,
        scale: '1:10m',
        processing: countryProcessing,
        drawn: true,
      },
      armenia,
    ),
    regionFeature(
      {
        id: 'azerbaijan',
        region: 'azerbaijan',
        dataset: countryDataset,
        scale: '1:10m',
        processing: countryProcessing,
        drawn: true,
      },
      azerbaijan,
    ),
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

/** The basemap's geometries by layer: `world` land and its borders go in one file, `near` and the Caucasus borders in the other. */
export interface ContextLayers {
  world: Areal[];
  near: Areal[];
  worldBorders: MultiLineString;
  caucasusBorders: MultiLineString;
}

export function contextLayers(
  world: { land: Areal[]; borders: MultiLineString },
  caucasus: Feature<Areal, { name: string; iso: string }>[],
  caucasusBorders: MultiLineString,
  near: Areal[],
): ContextLayers {
  const isFocus = (f: Feature<Areal, { iso: string }>) =>
    f.properties.iso === ARMENIA_ISO || f.properties.iso === AZERBAIJAN_ISO;
  const keep = verticesOf(caucasus.filter(isFocus).map((f) => f.geometry));
  return {
    world: world.land,
    near: near.flatMap((g) => coarsenAreal(g, keep, NEIGHBOUR_PRECISION_DEG) ?? []),
    worldBorders: world.borders,
    caucasusBorders: coarsenLines(caucasusBorders, keep, NEIGHBOUR_PRECISION_DEG),
  };
}

/** The basemap as the app decodes it (src/geometry/geoData.ts): one feature per geometry, told apart by `layer`, in drawing order. */
export function contextFeatures(layers: ContextLayers): Feature<Geometry, ContextProperties>[] {
  const layer = (name: ContextProperties['layer'], geometries: Geometry[]) =>
    geometries.map((geometry): Feature<Geometry, ContextProperties> => ({
      type: 'Feature',
      properties: { layer: name },
      geometry,
    }));
  return [
    ...layer('world', layers.world),
    ...layer('near', layers.near),
    // Two features: 1:110m borders outside the window, 1:10m borders inside it.
    ...layer('borders', [layers.worldBorders, layers.caucasusBorders]),
  ];
}
