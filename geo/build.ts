// Builds public/data/regions.geojson and public/data/context.geojson from geo/sources and world-atlas.
// Run with `npm run geo`. Deterministic: same inputs, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature } from 'geojson';
import { areaKm2, percentDifference } from '../src/geo/area';
import { buildRegions, contextFeatures, type Provenance } from './features';
import type { Areal } from './geometry';
import { buildCaucasus, buildWorld, loadMapshaper } from './mapshaper';
import { ARMENIA_ISO, AZERBAIJAN_ISO, findCountry, loadCountries, MAPSHAPER_DIR, packageVersion, ROOT, WORLD_ATLAS } from './inputs';

export { CAUCASUS_WINDOW } from './mapshaper';
export type { ContextProperties, RegionFeature, RegionKind, RegionProperties } from './features';

/** The build fails if simplification moves Armenia's or Azerbaijan's area by more than this. */
const MAX_AREA_CHANGE_PERCENT = 0.5;
/** Budget (gzip, level 9) for regions.geojson + context.geojson, printed by the build; `npm run bench` measures the whole app. */
const SIZE_BUDGET_GZIP_BYTES = 19 * 1024;

export interface BuildReport {
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

function writeCollection(outDir: string, name: string, features: Feature[], report: BuildReport): void {
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(path.join(outDir, name), text);
  report.files.push({ name, rawBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length });
}

function checkAreaChange(name: string, simplified: number, unsimplified: number): void {
  const change = percentDifference(simplified, unsimplified);
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
    areasKm2: Object.fromEntries(regions.map((f) => [f.id, areaKm2(f.geometry)])),
    unsimplifiedAreasKm2: { armenia: areaKm2(armenia10m), azerbaijan: areaKm2(azerbaijan10m) },
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
        : `; unsimplified ${before.toFixed(0)} km², ${report.unsimplifiedVertices[id] ?? 0} vertices; area change ${percentDifference(km2Value, before).toFixed(3)} %`;
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
