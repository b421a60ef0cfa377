// Per-country files: rounding, closing and collapse on small hand-made polygons; then the written files against
// world-atlas countries-50m itself.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Geometry, Position } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaKm2 } from '../src/geometry/area';
import {
  buildCountries,
  countriesIndex,
  countryBbox,
  countryFeature,
  cutAtAntimeridian,
  COUNTRIES_INDEX_FILE,
  groupByIso,
  withoutPoleCircles,
  type CountriesIndex,
  type CountriesReport,
  type Country,
} from './countries';
import { isAreal, type Areal } from './geometry';
import { countriesFile, findCountry, loadCountries } from './inputs';

const COMMITTED = fileURLToPath(new URL('../public/data/countries/', import.meta.url));
const THAILAND = '764';
const CAMBODIA = '116';
const ARMENIA = '051';

function polygonsOf(geometry: Areal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function country(geometry: Areal, iso = '999', name = 'Testland'): Country {
  return { iso, name, geometry };
}

function square(west: number, south: number, east: number, north: number): Position[] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

describe('countryFeature (rounding to 0.001°)', () => {
  it('rounds every coordinate, drops the repeats rounding makes, and keeps the ring closed', () => {
    const ring = [
      [0.0001, 0.0001],
      [1.0004, 0.0002],
      [1.0004, 0.0004], // rounds onto the previous point
      [0.9996, 1.0001],
      [0.0003, 0.9996],
      [0.0001, 0.0001],
    ];
    expect(countryFeature(country({ type: 'Polygon', coordinates: [ring] }))?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [square(0, 0, 1, 1)],
    });
  });

  it('closes on the rounded first point even when the last one before it rounds onto it', () => {
    const ring = [
      [2, 2],
      [3, 2],
      [3, 3],
      [2.0003, 2.0004], // becomes [2, 2]: the ring ends here
      [2, 2],
    ];
    const rounded = countryFeature(country({ type: 'Polygon', coordinates: [ring] }))?.geometry;
    expect(rounded).toEqual({ type: 'Polygon', coordinates: [[ring[0], ring[1], ring[2], ring[0]]] });
  });

  it('drops a hole and an island that collapse, and a MultiPolygon left with one polygon becomes a Polygon', () => {
    const geometry: Areal = {
      type: 'MultiPolygon',
      coordinates: [[square(10, 10, 11, 11), square(10.5, 10.5, 10.5002, 10.5002)], [square(20, 20, 20.0003, 20.0003)]],
    };
    expect(countryFeature(country(geometry))?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [square(10, 10, 11, 11)],
    });
  });

  it('keeps a ring of four positions (a triangle) and drops one that rounds to three', () => {
    const triangle: Position[] = [
      [0, 0],
      [0.002, 0],
      [0, 0.002],
      [0, 0],
    ];
    const sliver: Position[] = [
      [5, 5],
      [5.002, 5],
      [5.0019, 5.0004], // rounds onto the previous point: two corners left
      [5, 5],
    ];
    const geometry: Areal = { type: 'MultiPolygon', coordinates: [[triangle], [sliver]] };
    expect(countryFeature(country(geometry))?.geometry).toEqual({ type: 'Polygon', coordinates: [triangle] });
  });

  it('gives nothing when the whole country collapses', () => {
    expect(countryFeature(country({ type: 'Polygon', coordinates: [square(1, 1, 1.0004, 1.0004)] }))).toBeNull();
  });

  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946), whichever way they came', () => {
    const clockwise = (ring: Position[]) => [...ring].reverse();
    const geometry: Areal = { type: 'Polygon', coordinates: [clockwise(square(0, 0, 4, 4)), square(1, 1, 2, 2)] };
    expect(countryFeature(country(geometry))?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [square(0, 0, 4, 4), clockwise(square(1, 1, 2, 2))],
    });
  });

  it('writes exactly the Feature the app reads, compact and in a fixed key order', () => {
    const written = JSON.stringify(countryFeature(country({ type: 'Polygon', coordinates: [square(0, 0, 1, 1)] })));
    expect(written).toBe(
      '{"type":"Feature","id":"999","properties":{"iso":"999","name":"Testland"},' +
        '"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}',
    );
  });
});

describe('withoutPoleCircles', () => {
  it('drops a ring that runs along one parallel (Antarctica 50m circles the pole) and keeps the coast', () => {
    const circle: Position[] = [
      [-180, -89.999],
      [90, -89.999],
      [0, -89.999],
      [-90, -89.999],
      [-180, -89.999],
    ];
    const coast: Position[] = [
      [-180, -70],
      [-90, -75],
      [0, -70],
      [90, -75],
      [179.5, -70],
      [-180, -70],
    ];
    expect(withoutPoleCircles({ type: 'Polygon', coordinates: [circle, coast] })).toEqual({
      type: 'Polygon',
      coordinates: [coast],
    });
    expect(
      withoutPoleCircles({ type: 'MultiPolygon', coordinates: [[circle], [coast], [square(0, 0, 1, 1)]] }),
    ).toEqual({ type: 'MultiPolygon', coordinates: [[coast], [square(0, 0, 1, 1)]] });
  });
});

describe('groupByIso', () => {
  it('sorts by code and merges features sharing one into a MultiPolygon named after the largest', () => {
    const grouped = groupByIso([
      country({ type: 'Polygon', coordinates: [square(0, 0, 1, 1)] }, '036', 'Ashmore and Cartier Is.'),
      country({ type: 'Polygon', coordinates: [square(5, 5, 9, 9)] }, '036', 'Australia'),
      country({ type: 'Polygon', coordinates: [square(2, 2, 3, 3)] }, '004', 'Afghanistan'),
    ]);
    expect(grouped.map((c) => [c.iso, c.name, c.geometry.type])).toEqual([
      ['004', 'Afghanistan', 'Polygon'],
      ['036', 'Australia', 'MultiPolygon'],
    ]);
    expect(grouped[1]?.geometry.coordinates).toEqual([[square(0, 0, 1, 1)], [square(5, 5, 9, 9)]]);
  });
});

describe('countryBbox and the index', () => {
  it('is [west, south, east, north] of the vertices', () => {
    const geometry: Areal = {
      type: 'MultiPolygon',
      coordinates: [[square(100.5, 10.25, 101, 11)], [square(102.125, 9.5, 103.001, 10)]],
    };
    expect(countryBbox(geometry)).toEqual([100.5, 9.5, 103.001, 11]);
  });

  it('spans −180…180 for a country cut at the antimeridian (a plain min/max, as for Fiji or Russia)', () => {
    const geometry: Areal = {
      type: 'MultiPolygon',
      coordinates: [[square(177, -19, 180, -16)], [square(-180, -18, -178.5, -16.5)]],
    };
    expect(countryBbox(geometry)).toEqual([-180, -19, 180, -16]);
  });

  it('names its source and lists each country with code, name and bbox', () => {
    const written = countryFeature(country({ type: 'Polygon', coordinates: [square(0, 0, 1, 2)] }));
    if (!written) throw new Error('the square collapsed');
    expect(countriesIndex([written], '9.9.9')).toEqual({
      source: 'Natural Earth 1:50m admin-0 countries, via world-atlas 9.9.9',
      countries: [{ iso: '999', name: 'Testland', bbox: [0, 0, 1, 2] }],
    });
  });
});

// ---------- the written files ----------

let outDir = '';
let report: CountriesReport | undefined;

function readJson(dir: string, name: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
}

function isFeature(value: unknown): value is Feature<Geometry, Record<string, unknown>> {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'Feature';
}

/** A committed country file, checked to be a Feature of a Polygon or MultiPolygon. */
function committedCountry(iso: string): Feature<Areal, Record<string, unknown>> {
  const value = readJson(COMMITTED, `${iso}.json`);
  if (!isFeature(value) || !isAreal(value.geometry)) throw new Error(`${iso}.json is no Polygon/MultiPolygon Feature`);
  return { ...value, geometry: value.geometry };
}

function committedIndex(): CountriesIndex {
  return readJson(COMMITTED, COUNTRIES_INDEX_FILE) as CountriesIndex;
}

let fiftyM: Feature[] | undefined;

/** The country decoded straight from world-atlas countries-50m, unrounded. */
function worldAtlas50m(iso: string): Feature {
  if (!fiftyM) {
    const topology = JSON.parse(readFileSync(countriesFile('50m'), 'utf8')) as Topology;
    fiftyM = topojsonFeature(topology, topology.objects['countries'] as GeometryCollection).features;
  }
  const found = fiftyM.find((f) => f.id === iso);
  if (!found) throw new Error(`world-atlas 50m has no ${iso}`);
  return found;
}

/** What is wrong with a written ring, if anything. */
function ringProblems(ring: Position[]): string[] {
  const [first] = ring;
  const last = ring[ring.length - 1];
  const problems = ring.length < 4 ? [`a ring of ${ring.length} positions`] : [];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push('an open ring');
  ring.forEach(([lon = 0, lat = 0], i) => {
    if (Math.round(lon * 1000) / 1000 !== lon || Math.round(lat * 1000) / 1000 !== lat) {
      problems.push(`[${lon}, ${lat}] off the 0.001° grid`);
    }
    const previous = ring[i - 1];
    if (!previous) return;
    const [previousLon = 0, previousLat = 0] = previous;
    if (lon === previousLon && lat === previousLat) problems.push(`[${lon}, ${lat}] repeated`);
    // Only an edge along the South Pole (Antarctica, closed there as Natural Earth does) may run from 180° to −180°.
    const alongPole = lat === previousLat && lat < -89.99;
    if (Math.abs(lon - previousLon) > 180 && !alongPole) problems.push(`an edge across ±180° at latitude ${lat}`);
  });
  return problems;
}

function areal(feature: Feature): Areal {
  if (!isAreal(feature.geometry)) throw new Error(`${String(feature.id)} is no Polygon/MultiPolygon`);
  return feature.geometry;
}

let tenM: ReturnType<typeof loadCountries> | undefined;
function countries10m(): ReturnType<typeof loadCountries> {
  tenM ??= loadCountries('10m');
  return tenM;
}

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'geo-countries-'));
  report = buildCountries(outDir);
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('public/data/countries/', () => {
  it('is what the build writes, byte for byte, and nothing else', () => {
    const names = readdirSync(outDir).sort();
    expect(readdirSync(COMMITTED).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(path.join(outDir, name)).equals(readFileSync(path.join(COMMITTED, name))), name).toBe(true);
    }
  });

  it.each([THAILAND, CAMBODIA, ARMENIA])(
    '%s.json is the country as a Polygon/MultiPolygon Feature with closed rings',
    (iso) => {
      const written = committedCountry(iso);
      expect(written.id).toBe(iso);
      expect(Object.keys(written)).toEqual(['type', 'id', 'properties', 'geometry']);
      const name: unknown = worldAtlas50m(iso).properties?.['name'];
      expect(written.properties).toEqual({ iso, name });
      for (const ring of polygonsOf(written.geometry).flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
    },
  );

  it.each([THAILAND, CAMBODIA, ARMENIA])('%s.json has the area of world-atlas 50m unrounded, within 0.5 %', (iso) => {
    const reference = areaKm2(worldAtlas50m(iso));
    expect(Math.abs(areaKm2(committedCountry(iso).geometry) / reference - 1)).toBeLessThan(0.005);
  });

  // turf measures a ring that jumps from 180° to −180° wrongly: these are compared once cut as the build cuts them.
  describe.each([
    ['010', 'Antarctica'],
    ['242', 'Fiji'],
    ['643', 'Russia'],
  ])('%s.json (%s, crossing ±180° in world-atlas)', (iso, name) => {
    const written = () => areaKm2(committedCountry(iso).geometry);
    // Reading world-atlas 10m takes seconds on a busy machine: once, before the tests, not inside the first one's time.
    beforeAll(() => void countries10m(), 60_000);

    it('has the area of world-atlas 50m unrounded, within 0.5 %', () => {
      const unrounded = cutAtAntimeridian({ iso, name, geometry: areal(worldAtlas50m(iso)) });
      expect(Math.abs(written() / areaKm2(unrounded.geometry) - 1)).toBeLessThan(0.005);
    });

    // Cutting and measuring Russia or Antarctica at 1:10m takes 1–2 s idle, more beside the linter: a hang guard only.
    it('loses no land in the cut: within 5 % of world-atlas 10m (1:50m draws Fiji 3 % smaller)', () => {
      const tenM = cutAtAntimeridian({ iso, name, geometry: findCountry(countries10m(), iso).geometry });
      expect(Math.abs(written() / areaKm2(tenM.geometry) - 1)).toBeLessThan(0.05);
    }, 30_000);
  });

  it('holds every country on the 0.001° grid, closed, without repeated points or edges across ±180°', () => {
    const problems = committedIndex().countries.flatMap(({ iso }) =>
      polygonsOf(committedCountry(iso).geometry)
        .flat()
        .flatMap((ring) => ringProblems(ring).map((problem) => `${iso}: ${problem}`)),
    );
    expect(problems).toEqual([]);
  });

  it('has an index listing every country file and no other, by code, with the bbox of its geometry', () => {
    const index = committedIndex();
    expect(index.source).toMatch(/^Natural Earth 1:50m admin-0 countries, via world-atlas \d+\.\d+\.\d+$/);
    const codes = index.countries.map((c) => c.iso);
    expect(codes).toEqual([...codes].sort());
    const files = readdirSync(COMMITTED).filter((name) => name !== COUNTRIES_INDEX_FILE);
    expect(files.sort()).toEqual(codes.map((iso) => `${iso}.json`));
    for (const entry of index.countries) {
      const written = committedCountry(entry.iso);
      expect([entry.name, entry.bbox]).toEqual([written.properties['name'], countryBbox(written.geometry)]);
    }
    expect(codes).toEqual(expect.arrayContaining([THAILAND, CAMBODIA, ARMENIA]));
  });

  it('skips the countries world-atlas gives no id, and merges Ashmore and Cartier Is. into Australia (both 036)', () => {
    expect(report?.skipped).toEqual(
      expect.arrayContaining(['Kosovo (no id)', 'N. Cyprus (no id)', 'Somaliland (no id)']),
    );
    expect(report?.merged).toEqual([{ iso: '036', names: ['Australia', 'Ashmore and Cartier Is.'] }]);
  });
});
