import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import { areaKm2 } from '../src/geometry/area';
import { readGeoData, type GeoData } from '../src/geometry/geoData';
import { DETAIL_FILE, WORLD_FILE } from '../src/shipped/paths';
import { buildGeo, CAUCASUS_WINDOW, type BuildReport } from './build';
import { canonicalFeature } from './topology';

const COMMITTED = fileURLToPath(new URL('../public/data/', import.meta.url));
const OUTPUTS = [DETAIL_FILE, WORLD_FILE];
const REGION_IDS = [
  'armenia',
  'azerbaijan',
  'nagorno-karabakh-pre-2020',
  'nagorno-karabakh-pre-2020-unclipped',
  'nagorno-karabakh-post-2020',
];

let outDir = '';
let report: BuildReport | undefined;

function readJson(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
}

/** The written files, decoded by the app's own reader. */
function decoded(): GeoData {
  const geo = readGeoData(readJson(outDir, DETAIL_FILE), readJson(outDir, WORLD_FILE));
  if (typeof geo === 'string') throw new Error(geo);
  return geo;
}

function built(): BuildReport {
  if (!report) throw new Error('the build did not run');
  return report;
}

function byId(collection: FeatureCollection, id: string): Feature {
  const found = collection.features.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'geo-build-'));
  report = await buildGeo(outDir);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run geo', () => {
  it.each(OUTPUTS)('regenerates public/data/%s byte for byte', (name) => {
    expect(readFileSync(path.join(outDir, name)).equals(readFileSync(path.join(COMMITTED, name)))).toBe(true);
  });

  it('simplifies Armenia and Azerbaijan by less than 0.5 % of their area', () => {
    for (const id of ['armenia', 'azerbaijan']) {
      const after = report?.areasKm2[id] ?? 0;
      const before = report?.unsimplifiedAreasKm2[id] ?? 1;
      expect(Math.abs((after - before) / before)).toBeLessThan(0.005);
    }
  });
});

describe('the TopoJSON decodes to exactly the features the build made', () => {
  // The reference is the build's GeoJSON before encoding, not the files: encoding must lose nothing.
  it.each(['regions', 'context'] as const)(
    '%s: same features, properties and coordinates (rings may start at another vertex)',
    (key) => {
      const written = key === 'regions' ? decoded().regions.features : decoded().context.features;
      expect(written.map(canonicalFeature)).toEqual(built().features[key].map(canonicalFeature));
    },
  );

  it('gives the same areas as the unencoded outlines (11,793 km² pre-2020, 3,133 km² post-2020, 29,558 km² Armenia)', () => {
    for (const original of built().features.regions) {
      const area = areaKm2(byId(decoded().regions, original.id));
      expect(Math.abs(area - areaKm2(original.geometry))).toBeLessThan(1e-6);
    }
    const rounded = (id: string) => Math.round(areaKm2(byId(decoded().regions, id)));
    expect([rounded('nagorno-karabakh-pre-2020'), rounded('nagorno-karabakh-post-2020'), rounded('armenia')]).toEqual([
      11_793, 3_133, 29_558,
    ]);
  });

  it('stores the files on the grid the coordinates were rounded to: 0.001° for the Caucasus, 0.1° for the world', () => {
    expect(readJson(outDir, DETAIL_FILE)).toMatchObject({ type: 'Topology', transform: { scale: [0.001, 0.001] } });
    expect(readJson(outDir, WORLD_FILE)).toMatchObject({ type: 'Topology', transform: { scale: [0.1, 0.1] } });
  });
});

describe('regions (object regions of detail.topo.json)', () => {
  const regions = () => decoded().regions;

  it('holds exactly the five region features, with top-level ids', () => {
    expect(regions().features.map((f) => f.id)).toEqual(REGION_IDS);
    for (const f of regions().features) expect(f.properties.id).toBe(f.id);
  });

  it('gives each its region, provenance and drawn flag', () => {
    const expected: Record<string, { region: string; scale: string; drawn: boolean; unclipped?: string }> = {
      armenia: { region: 'armenia', scale: '1:10m', drawn: true },
      azerbaijan: { region: 'azerbaijan', scale: '1:10m', drawn: true },
      'nagorno-karabakh-pre-2020': {
        region: 'nagorno-karabakh',
        scale: '1:50m',
        drawn: true,
        unclipped: 'nagorno-karabakh-pre-2020-unclipped',
      },
      'nagorno-karabakh-pre-2020-unclipped': { region: 'nagorno-karabakh', scale: '1:50m', drawn: false },
      'nagorno-karabakh-post-2020': { region: 'nagorno-karabakh', scale: '1:10m', drawn: true },
    };
    for (const [id, want] of Object.entries(expected)) {
      const properties = byId(regions(), id).properties ?? {};
      expect(properties).toMatchObject(want);
      expect('unclipped' in properties).toBe(want.unclipped !== undefined);
      expect(typeof properties['dataset']).toBe('string');
      expect(typeof properties['processing']).toBe('string');
      expect(Object.keys(properties).sort()).toEqual(
        ['dataset', 'drawn', 'id', 'processing', 'region', 'scale', ...(want.unclipped ? ['unclipped'] : [])].sort(),
      );
    }
  });

  it('names the package, file and Natural Earth scale of each dataset', () => {
    expect(byId(regions(), 'armenia').properties?.['dataset']).toMatch(
      /world-atlas \d+\.\d+\.\d+ countries-10m\.json \(Natural Earth 1:10m/,
    );
    expect(byId(regions(), 'nagorno-karabakh-pre-2020').properties?.['dataset']).toMatch(
      /ne_50m_admin_0_breakaway_disputed_areas/,
    );
    expect(byId(regions(), 'nagorno-karabakh-post-2020').properties?.['dataset']).toMatch(
      /ne_10m_admin_0_disputed_areas/,
    );
  });

  it('keeps Azerbaijan a MultiPolygon with its Nakhchivan exclave', () => {
    const geometry = byId(regions(), 'azerbaijan').geometry;
    expect(geometry.type).toBe('MultiPolygon');
    if (geometry.type === 'MultiPolygon') expect(geometry.coordinates.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the basemap (objects near and borders of detail.topo.json, land and borders of world.topo.json)', () => {
  const context = () => decoded().context;

  it('holds world land, near countries and borders only', () => {
    const layers = new Set(context().features.map((f): unknown => f.properties?.['layer']));
    expect([...layers]).toEqual(['world', 'near', 'borders']);
  });

  it('carries no property in the files: the object a geometry sits in names its layer (the map reads nothing else)', () => {
    const objects = (file: string): unknown[] => {
      const topology = readJson(outDir, file);
      if (typeof topology !== 'object' || topology === null || !('objects' in topology))
        throw new Error(`${file} has no objects`);
      return Object.entries(topology.objects as Record<string, { geometries: unknown[] }>)
        .filter(([name]) => name !== 'regions')
        .flatMap(([, object]) => object.geometries);
    };
    for (const geometry of [...objects(DETAIL_FILE), ...objects(WORLD_FILE)])
      expect(geometry).not.toHaveProperty('properties');
    for (const f of context().features) expect(Object.keys(f.properties ?? {})).toEqual(['layer']);
  });

  it('draws the Caucasus neighbours as one polygon inside the window, around Armenia and Azerbaijan', () => {
    const near = context().features.filter((f) => f.properties?.['layer'] === 'near');
    expect(near).toHaveLength(1);
    const [feature] = near;
    if (!feature) throw new Error('no near feature');
    expect(feature.geometry.type).toMatch(/Polygon$/);
    const [west, south, east, north] = CAUCASUS_WINDOW;
    expect(bbox(feature)).toEqual([west, south, east, north]);
    // Armenia's and Azerbaijan's own vertices appear in it unchanged (shared borders coincide exactly).
    const nearKeys = new Set(
      JSON.stringify(feature.geometry.type === 'GeometryCollection' ? [] : feature.geometry.coordinates).match(
        /\[-?[\d.]+,-?[\d.]+\]/g,
      ),
    );
    const armenia = byId(decoded().regions, 'armenia').geometry;
    const armeniaKeys =
      JSON.stringify(armenia.type === 'GeometryCollection' ? [] : armenia.coordinates).match(
        /\[-?[\d.]+,-?[\d.]+\]/g,
      ) ?? [];
    const shared = armeniaKeys.filter((key) => nearKeys.has(key));
    expect(shared.length).toBeGreaterThan(100);
  });

  it('strokes borders as lines only', () => {
    const borders = context().features.filter((f) => f.properties?.['layer'] === 'borders');
    expect(borders.length).toBeGreaterThan(0);
    for (const f of borders) expect(f.geometry.type).toMatch(/LineString$/);
  });

  it('leaves no ring streaking across the antimeridian', () => {
    for (const f of context().features) {
      const lines =
        f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates.flat()
          : f.geometry.type === 'Polygon'
            ? f.geometry.coordinates
            : [];
      for (const ring of lines) {
        for (let i = 1; i < ring.length; i++) {
          const [lon = 0, lat = 0] = ring[i] ?? [];
          const [previousLon = 0, previousLat = 0] = ring[i - 1] ?? [];
          // Only Antarctica's closing edge along the South Pole may run from −180° to 180°.
          const alongPole = Math.abs(lat) === 90 && lat === previousLat;
          if (!alongPole) expect(Math.abs(lon - previousLon)).toBeLessThanOrEqual(180);
        }
      }
    }
  });
});
