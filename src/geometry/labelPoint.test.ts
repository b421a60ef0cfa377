import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { labelPoint, largestPart } from './labelPoint';

const square = (x: number, y: number, size: number) => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('labelPoint', () => {
  it('labels a multipolygon at the centre of its largest part, not between its parts', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 1), square(10, 10, 4)] };
    expect(largestPart(geometry)).toEqual(square(10, 10, 4));
    const [lon, lat] = labelPoint(geometry);
    expect(lon).toBeCloseTo(12, 5);
    expect(lat).toBeCloseTo(12, 5);
  });

  it('labels a polygon at the centre of its bounding box', () => {
    const [lon, lat] = labelPoint({ type: 'Polygon', coordinates: square(-2, -2, 4) });
    expect(lon).toBeCloseTo(0, 5);
    expect(lat).toBeCloseTo(0, 5);
  });
});
