// Reading the map data: the shipped topologies decode exactly; broken ones get a clear message, never an exception.
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { readShippedMapJson } from './fixtures/shippedGeo';
import { readGeoData, readRegions, type GeoData } from './geoData';

type Json = Record<string, unknown>;

function decode(detail: unknown, world: unknown): GeoData {
  const geo = readGeoData(detail, world);
  if (typeof geo === 'string') throw new Error(geo);
  return geo;
}

/** The shipped data with one file changed by `edit` (a copy, edited through Reflect: the edits break the types on purpose). */
function damaged(file: 'detail' | 'world', edit: (topology: Json) => void): string | GeoData {
  const shipped = readShippedMapJson();
  const copy: Json = structuredClone(shipped[file]) as Json;
  edit(copy);
  return file === 'detail' ? readGeoData(copy, shipped.world) : readGeoData(shipped.detail, copy);
}

/** The value at a path of keys and indexes inside `root`. */
function at(root: unknown, ...path: (string | number)[]): Json {
  const found = path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined),
    root,
  );
  if (typeof found !== 'object' || found === null) throw new Error(`fixture has nothing at ${path.join('.')}`);
  return found as Json;
}

function positionsOf(geo: GeoData): Position[] {
  return [...geo.regions.features, ...geo.context.features].flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates.flat();
    if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
    if (g.type === 'LineString') return g.coordinates;
    return [];
  });
}

describe('the shipped map data', () => {
  const { detail, world } = readShippedMapJson();
  const geo = decode(detail, world);

  test('decodes into the five regions and the basemap layers in drawing order', () => {
    expect(geo.regions.features.map((f) => f.id)).toEqual([
      'armenia',
      'azerbaijan',
      'nagorno-karabakh-pre-2020',
      'nagorno-karabakh-pre-2020-unclipped',
      'nagorno-karabakh-post-2020',
    ]);
    expect(geo.context.features.map((f) => f.properties)).toEqual([
      { layer: 'world' },
      { layer: 'near' },
      { layer: 'borders' },
      { layer: 'borders' },
    ]);
  });

  test('keeps each region feature’s provenance', () => {
    for (const f of geo.regions.features) {
      expect(f.properties.id).toBe(f.id);
      expect(Object.keys(f.properties)).toEqual(
        expect.arrayContaining(['id', 'region', 'dataset', 'scale', 'processing', 'drawn']),
      );
    }
  });

  test('gives every coordinate as the decimal the build rounded it to, not a last bit off (i × 0.001 + 38 would)', () => {
    const onGrid = (value: number, perDegree: number) => value === Math.round(value * perDegree) / perDegree;
    const positions = positionsOf(geo);
    expect(positions.length).toBeGreaterThan(4000);
    expect(positions.filter(([x = 0, y = 0]) => !onGrid(x, 1000) || !onGrid(y, 1000))).toEqual([]);
    const worldLand = geo.context.features[0]?.geometry;
    const worldPositions = worldLand?.type === 'MultiPolygon' ? worldLand.coordinates.flat(2) : [];
    expect(worldPositions.length).toBeGreaterThan(900);
    expect(worldPositions.filter(([x = 0, y = 0]) => !onGrid(x, 10) || !onGrid(y, 10))).toEqual([]);
  });

  test('readRegions gives the same outlines alone, for story validation', () => {
    expect(readRegions(detail)).toEqual(geo.regions);
  });
});

describe('broken map data gets a message', () => {
  test.each([
    ['null', null],
    ['a GeoJSON FeatureCollection (the old format)', { type: 'FeatureCollection', features: [] }],
    ['a topology without arcs', { type: 'Topology', objects: {} }],
  ])('%s is not a TopoJSON Topology', (_, value) => {
    expect(readGeoData(value, readShippedMapJson().world)).toBe('detail.topo.json is not a TopoJSON Topology');
    expect(readGeoData(readShippedMapJson().detail, value)).toBe('world.topo.json is not a TopoJSON Topology');
  });

  test('a missing object is named', () => {
    expect(damaged('detail', (t) => Reflect.deleteProperty(at(t, 'objects'), 'regions'))).toBe(
      'detail.topo.json lacks object regions',
    );
    expect(damaged('world', (t) => Reflect.deleteProperty(at(t, 'objects'), 'land'))).toBe(
      'world.topo.json lacks object land',
    );
    expect(damaged('detail', (t) => Reflect.set(at(t, 'objects'), 'near', { type: 'Polygon', arcs: [[0]] }))).toBe(
      'detail.topo.json: object near is not a GeometryCollection',
    );
  });

  test('an arc that is not a list of positions', () => {
    expect(damaged('detail', (t) => Reflect.set(at(t, 'arcs'), 3, [[1, 'two']]))).toBe(
      'detail.topo.json: arc 3 is not a list of at least two [x, y] positions',
    );
    expect(damaged('world', (t) => Reflect.set(at(t, 'arcs'), 0, [[5, 5]]))).toBe(
      'world.topo.json: arc 0 is not a list of at least two [x, y] positions',
    );
  });

  test('an arc index out of range, either way round', () => {
    const arcCount = (t: Json) => Object.keys(at(t, 'arcs')).length;
    expect(
      damaged('detail', (t) => Reflect.set(at(t, 'objects', 'regions', 'geometries', 2, 'arcs', 0), 0, arcCount(t))),
    ).toMatch(/^detail\.topo\.json: object regions, geometry 2 refers to arc \d+, which is not one of the \d+ arcs$/);
    expect(
      damaged('world', (t) => Reflect.set(at(t, 'objects', 'borders', 'geometries', 0, 'arcs', 0), 0, ~arcCount(t))),
    ).toMatch(/^world\.topo\.json: object borders, geometry 0 refers to arc -\d+, which is not one of the \d+ arcs$/);
    expect(
      damaged('detail', (t) => Reflect.set(at(t, 'objects', 'near', 'geometries', 0, 'arcs', 0, 0), 0, 1.5)),
    ).toMatch(/refers to arc 1\.5,/);
  });

  test('a geometry of the wrong type, or with malformed arcs', () => {
    expect(damaged('detail', (t) => Reflect.set(at(t, 'objects', 'regions', 'geometries', 0), 'type', 'Point'))).toBe(
      'detail.topo.json: object regions, geometry 0 is not a Polygon or MultiPolygon',
    );
    expect(damaged('world', (t) => Reflect.set(at(t, 'objects', 'borders', 'geometries', 0), 'type', 'Polygon'))).toBe(
      'world.topo.json: object borders, geometry 0 is not a LineString or MultiLineString',
    );
    expect(damaged('detail', (t) => Reflect.set(at(t, 'objects', 'regions', 'geometries', 4), 'arcs', [[]]))).toMatch(
      /^detail\.topo\.json: object regions, geometry 4 has malformed arcs: a Polygon needs 2 level\(s\) of lists/,
    );
    expect(
      damaged('detail', (t) => Reflect.deleteProperty(at(t, 'objects', 'borders', 'geometries', 0), 'arcs')),
    ).toMatch(/geometry 0 has malformed arcs/);
  });

  test('a broken transform', () => {
    expect(damaged('world', (t) => Reflect.set(at(t, 'transform'), 'scale', [0, 0.1]))).toBe(
      'world.topo.json: its transform needs two non-zero scale and two translate numbers',
    );
    expect(damaged('detail', (t) => Reflect.set(t, 'transform', 'none'))).toMatch(/its transform needs/);
  });

  test('a region without its properties', () => {
    expect(
      damaged('detail', (t) =>
        Reflect.deleteProperty(at(t, 'objects', 'regions', 'geometries', 1, 'properties'), 'drawn'),
      ),
    ).toBe('detail.topo.json: region 1 lacks a polygon or its id, region, dataset or drawn property');
  });

  test('any value anywhere in the topology gets an answer, never an exception', () => {
    const shipped = readShippedMapJson();
    const paths = [
      ['objects', 'regions', 'geometries', 0],
      ['objects', 'regions', 'geometries', 3, 'arcs', 0],
      ['objects', 'near', 'geometries', 0, 'arcs'],
      ['objects', 'borders'],
      ['arcs', 7],
      ['arcs', 7, 1],
      ['transform'],
      ['bbox'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const copy = structuredClone(shipped.detail);
        const key = path[path.length - 1] ?? 'type';
        Reflect.set(at(copy, ...path.slice(0, -1)), key, value);
        const result = readGeoData(copy, shipped.world);
        expect(typeof result === 'string' || Array.isArray(result.regions.features)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
