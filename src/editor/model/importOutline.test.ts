import { describe, expect, it } from 'vitest';
import { outlineFromGeoJson } from './importOutline';

const SQUARE = [
  [
    [46.1234567, 39.5],
    [46.5, 39.5],
    [46.5, 40],
    [46.1234567, 39.5],
  ],
];

describe('importing an outline', () => {
  it('takes a Polygon bare, in a Feature or in a collection of one, rounded to 0.0001°', () => {
    const polygon = { type: 'Polygon', coordinates: SQUARE };
    for (const value of [
      polygon,
      { type: 'Feature', properties: {}, geometry: polygon },
      { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: polygon }] },
    ]) {
      const outline = outlineFromGeoJson(JSON.stringify(value));
      expect(outline).toMatchObject({ type: 'Polygon' });
      expect(typeof outline === 'object' ? outline.coordinates[0]?.[0] : null).toEqual([46.1235, 39.5]);
    }
  });

  it('says what is wrong with anything else', () => {
    expect(outlineFromGeoJson('{')).toMatch(/not JSON/);
    expect(outlineFromGeoJson('{"type":"Point","coordinates":[1,2]}')).toMatch(/Point, not an outline/);
    expect(outlineFromGeoJson('{"type":"FeatureCollection","features":[]}')).toMatch(/several features/);
  });
});
