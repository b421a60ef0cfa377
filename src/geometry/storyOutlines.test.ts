import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { areaKm2 } from './area';
import type { GeoData } from './geoData';
import {
  countriesAround,
  readCountryIndex,
  readCountryOutline,
  withContextCountries,
  withStoryOutlines,
  type CountryEntry,
} from './storyOutlines';

const square = (west: number, south: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ],
});
const EMPTY: GeoData = {
  regions: { type: 'FeatureCollection', features: [] },
  context: { type: 'FeatureCollection', features: [] },
};
const outline = { label: 'L', description: 'D', sources: ['s'] };
const region = (id: string, outlines: object[]) =>
  ({ id, kind: 'country', outlines }) as unknown as Parameters<typeof withStoryOutlines>[1]['regions'][number];

describe('readCountryOutline', () => {
  const file = {
    type: 'Feature',
    id: '764',
    properties: { iso: '764', name: 'Thailand' },
    geometry: square(100, 10, 1),
  };

  test('a country file in, its outline out', () => {
    expect(readCountryOutline(file, '764')).toEqual({ iso: '764', name: 'Thailand', geometry: square(100, 10, 1) });
  });

  test.each([
    ['not a Feature', { ...file, type: 'FeatureCollection' }, /not a GeoJSON Feature/],
    ['another country', { ...file, properties: { iso: '116', name: 'Cambodia' } }, /holds another country/],
    [
      'an open ring',
      {
        ...file,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
            ],
          ],
        },
      },
      /no sound/,
    ],
    [
      'a line',
      {
        ...file,
        geometry: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
      },
      /no sound/,
    ],
  ])('%s: a message, not a throw', (_, value, message) => {
    expect(readCountryOutline(value, '764')).toMatch(message);
  });
});

describe('withStoryOutlines', () => {
  test('a country by code and an outline of its own become region features with their provenance', () => {
    const story = {
      regions: [
        region('thailand', [{ id: 'ne', country: '764', ...outline }]),
        region('zone', [{ id: 'drawn', geometry: square(103, 14, 0.5), ...outline }]),
      ],
    };
    const countries = new Map([['764', { iso: '764', name: 'Thailand', geometry: square(100, 10, 1) }]]);
    const geo = withStoryOutlines(EMPTY, story, countries);
    expect(geo.regions.features.map((feature) => [feature.properties.id, feature.properties.region])).toEqual([
      ['thailand--ne', 'thailand'],
      ['zone--drawn', 'zone'],
    ]);
    expect(geo.regions.features[0]?.properties.scale).toBe('1:50m');
    expect(geo.regions.features[1]?.properties.dataset).toMatch(/drawn for this story/);
    expect(areaKm2(geo.regions.features[1] ?? EMPTY.regions)).toBeCloseTo(areaKm2(square(103, 14, 0.5)), 6);
  });

  test('a story drawn on the built data alone leaves the map data as it was', () => {
    const story = { regions: [region('armenia', [{ id: 'ne', feature: 'armenia', ...outline }])] };
    expect(withStoryOutlines(EMPTY, story, new Map())).toBe(EMPTY);
  });
});

describe('the countries around a view', () => {
  const index: CountryEntry[] = [
    { iso: '001', name: 'Inside', bbox: [1, 1, 2, 2] },
    { iso: '002', name: 'Across', bbox: [-5, -5, 5, 5] },
    { iso: '003', name: 'Far', bbox: [50, 50, 60, 60] },
    { iso: '004', name: 'Story', bbox: [0, 0, 3, 3] },
  ];

  test('those whose box meets the view, most overlap first, the story’s own and the far left out', () => {
    const around = countriesAround(index, [0, 0, 4, 4], new Set(['004']), 10);
    expect(around.map((entry) => entry.name)).toEqual(['Across', 'Inside']);
    expect(countriesAround(index, [0, 0, 4, 4], new Set(), 1).map((entry) => entry.name)).toEqual(['Across']);
  });

  test('the index read, or what is wrong with it', () => {
    expect(readCountryIndex({ countries: index })).toEqual(index);
    expect(readCountryIndex({ countries: [{ iso: '001' }] })).toMatch(/without its code, name or box/);
    expect(readCountryIndex([])).toMatch(/no list/);
  });

  test('neighbours add land, borders after all land, and their names at their label points', () => {
    const geo = withContextCountries(EMPTY, [
      { iso: '001', name: 'A', geometry: square(0, 0, 2) },
      { iso: '002', name: 'B', geometry: square(2, 0, 2) },
    ]);
    expect(geo.context.features.map((feature) => feature.properties?.['layer'] as unknown)).toEqual([
      'near',
      'near',
      'borders',
      'borders',
    ]);
    expect(geo.names).toEqual([
      { name: 'A', coordinates: [1, 1] },
      { name: 'B', coordinates: [3, 1] },
    ]);
  });
});
