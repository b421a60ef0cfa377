// Builds public/data/detail.topo.json and public/data/world.topo.json (TopoJSON) from geo/sources and world-atlas,
// and the per-country files in public/data/countries/ (geo/countries.ts).
// Run with `npm run geo`. Deterministic: same inputs, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { areaKm2, percentDifference } from '../src/geometry/area';
import { readGeoData } from '../src/geometry/geoData';
import { DETAIL_FILE, WORLD_FILE } from '../src/shipped/paths';
import {
  buildRegions,
  contextFeatures,
  contextLayers,
  type ContextProperties,
  type Provenance,
  type RegionFeature,
} from './features';
import type { Areal } from './geometry';
import { buildCaucasus, buildWorld, CAUCASUS_PRECISION_DEG, loadMapshaper, WORLD_PRECISION_DEG } from './mapshaper';
import { assertDecodesTo, encodeTopology } from './topology';
import { buildCountries, COUNTRIES_DIR, printCountriesReport } from './countries';
import {
  ARMENIA_ISO,
  AZERBAIJAN_ISO,
  findCountry,
  loadCountries,
  MAPSHAPER_DIR,
  packageVersion,
  ROOT,
  WORLD_ATLAS,
} from './inputs';

export { CAUCASUS_WINDOW } from './mapshaper';
export type { ContextProperties, RegionFeature, RegionKind, RegionProperties } from './features';

/** The build fails if simplification moves Armenia's or Azerbaijan's area by more than this. */
const MAX_AREA_CHANGE_PERCENT = 0.5;
/** Budget (gzip, level 9) for the two files together, printed by the build; `npm run bench` measures the whole app. */
const SIZE_BUDGET_GZIP_BYTES = 19 * 1024;

export interface BuildReport {
  /** What was encoded, as GeoJSON: the features the app must decode (geo/build.test.ts compares them). */
  features: { regions: RegionFeature[]; context: Feature<Geometry, ContextProperties>[] };
  files: { name: string; rawBytes: number; gzipBytes: number }[];
  areasKm2: Record<string, number>;
  unsimplifiedAreasKm2: Record<string, number>;
  vertices: Record<string, number>;
  unsimplifiedVertices: Record<string, number>;
}

// ---------- small helpers ----------

function vertexCount(geometry: Areal): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().reduce((sum, ring) => sum + ring.length, 0);
}

// ---------- the build ----------

function collection(geometries: Geometry[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
}

function writeTopology(outDir: string, name: string, topology: Topology, report: BuildReport): unknown {
  const text = JSON.stringify(topology);
  writeFileSync(path.join(outDir, name), text);
  report.files.push({ name, rawBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length });
  return JSON.parse(text);
}

function checkAreaChange(name: string, simplified: number, unsimplified: number): void {
  const change = percentDifference(simplified, unsimplified);
  if (Math.abs(change) > MAX_AREA_CHANGE_PERCENT) {
    throw new Error(
      `${name}: simplification changed the area by ${change.toFixed(3)} % (limit ${MAX_AREA_CHANGE_PERCENT} %)`,
    );
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

  const layers = contextLayers(world, caucasus.clipped, caucasus.borders, caucasus.near);
  const report: BuildReport = {
    features: { regions, context: contextFeatures(layers) },
    files: [],
    areasKm2: Object.fromEntries(regions.map((f) => [f.id, areaKm2(f.geometry)])),
    unsimplifiedAreasKm2: { armenia: areaKm2(armenia10m), azerbaijan: areaKm2(azerbaijan10m) },
    vertices: Object.fromEntries(regions.map((f) => [f.id, vertexCount(f.geometry)])),
    unsimplifiedVertices: { armenia: vertexCount(armenia10m), azerbaijan: vertexCount(azerbaijan10m) },
  };
  for (const id of ['armenia', 'azerbaijan']) {
    checkAreaChange(id, report.areasKm2[id] ?? Number.NaN, report.unsimplifiedAreasKm2[id] ?? Number.NaN);
  }
  // The regions, the neighbours and the Caucasus borders share their arcs: one topology, on the 0.001° grid.
  const caucasusTopology = encodeTopology(
    {
      regions: { type: 'FeatureCollection', features: regions },
      near: collection(layers.near),
      borders: collection([layers.caucasusBorders]),
    },
    CAUCASUS_PRECISION_DEG,
  );
  const worldTopology = encodeTopology(
    { land: collection(layers.world), borders: collection([layers.worldBorders]) },
    WORLD_PRECISION_DEG,
  );
  mkdirSync(outDir, { recursive: true });
  const decoded = readGeoData(
    writeTopology(outDir, DETAIL_FILE, caucasusTopology, report),
    writeTopology(outDir, WORLD_FILE, worldTopology, report),
  );
  // The app's own reader must give back exactly what was encoded: quantizing on the data's grid loses nothing.
  if (typeof decoded === 'string') throw new Error(`the written map data does not read back: ${decoded}`);
  assertDecodesTo(decoded.regions.features, report.features.regions, DETAIL_FILE);
  assertDecodesTo(decoded.context.features, report.features.context, 'the basemap layers');
  return report;
}

function printReport(report: BuildReport): void {
  for (const [id, km2Value] of Object.entries(report.areasKm2)) {
    const before = report.unsimplifiedAreasKm2[id];
    const vertices = `${report.vertices[id] ?? 0} vertices`;
    const change =
      before === undefined
        ? ''
        : `; unsimplified ${before.toFixed(0)} km², ${report.unsimplifiedVertices[id] ?? 0} vertices; area change ${percentDifference(km2Value, before).toFixed(3)} %`;
    console.log(`${id.padEnd(36)} ${km2Value.toFixed(0).padStart(6)} km², ${vertices}${change}`);
  }
  let totalGzip = 0;
  for (const file of report.files) {
    totalGzip += file.gzipBytes;
    console.log(
      `${file.name.padEnd(36)} ${(file.rawBytes / 1024).toFixed(1)} KB raw, ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`,
    );
  }
  const verdict = totalGzip <= SIZE_BUDGET_GZIP_BYTES ? 'within' : 'OVER';
  console.log(
    `total ${(totalGzip / 1024).toFixed(1)} KB gzip, ${verdict} the ${SIZE_BUDGET_GZIP_BYTES / 1024} KB budget`,
  );
}

// Run only when executed as the script (npm run geo), not when imported by the test.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir = path.join(ROOT, 'public', 'data');
  printReport(await buildGeo(dataDir));
  // The per-country files stand apart from the basemap: geo/countries.test.ts checks them.
  printCountriesReport(buildCountries(path.join(dataDir, COUNTRIES_DIR)));
}
