import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { Place, Relation } from '../story/model/schema';
import { relationLines } from './relationLines';

const place = (id: string, coordinates: [number, number]): Place => ({
  id,
  names: [{ name: id }],
  kind: 'capital',
  country: 'x',
  coordinates,
  summary: 's',
  sources: ['s'],
});
const relation = (id: string, from: string, to: string): Relation => ({
  id,
  type: 'diplomatic-call',
  from,
  to,
  label: id,
  summary: 's',
  sources: ['s'],
  statuses: [],
});

const paris = place('paris', [2.35, 48.86]);
const washington = place('washington', [-77.04, 38.91]);

describe('relationLines', () => {
  it('draws a great circle that ends exactly at both pins', () => {
    const [line] = relationLines([relation('p-w', 'paris', 'washington')], [paris, washington]).features;
    if (!line) throw new Error('expected a line');
    const coordinates = line.geometry.coordinates;
    expect(coordinates[0]).toEqual(paris.coordinates);
    expect(coordinates.at(-1)).toEqual(washington.coordinates);
    // The great circle from Paris to Washington bows north of both ends (it passes near 52° N over the Atlantic).
    const northmost = Math.max(...coordinates.map(([, lat = 0]) => lat));
    expect(northmost).toBeGreaterThan(51);
  });

  it('keeps every point on the great circle: no detour from one end to the other', () => {
    const [line] = relationLines([relation('p-w', 'paris', 'washington')], [paris, washington]).features;
    const coordinates = line?.geometry.coordinates ?? [];
    const direct = distance(paris.coordinates, washington.coordinates);
    expect(coordinates).toHaveLength(65);
    for (const point of coordinates) {
      expect(distance(paris.coordinates, point) + distance(point, washington.coordinates)).toBeCloseTo(direct, 3);
    }
  });

  it('carries a line across ±180° on without a jump back over the map', () => {
    const tokyo = place('tokyo', [139.69, 35.69]);
    const sanFrancisco = place('san-francisco', [-122.42, 37.77]);
    const [line] = relationLines([relation('t-s', 'tokyo', 'san-francisco')], [tokyo, sanFrancisco]).features;
    const coordinates = line?.geometry.coordinates ?? [];
    const steps = coordinates.slice(1).map(([lon = 0], i) => Math.abs(lon - (coordinates[i]?.[0] ?? 0)));
    expect(Math.max(...steps)).toBeLessThan(5);
    expect(coordinates.at(-1)).toEqual([-122.42 + 360, 37.77]);
  });

  it('bows parallel lines between the same two places apart but keeps their ends', () => {
    const relations = [
      relation('a', 'paris', 'washington'),
      relation('b', 'washington', 'paris'),
      relation('c', 'paris', 'washington'),
    ];
    const lines = relationLines(relations, [paris, washington]).features;
    const [first, second, third] = lines.map((line) => line.geometry.coordinates);
    if (!first || !second || !third) throw new Error('expected three lines');
    const middle = Math.floor(first.length / 2);
    const secondMiddle = second[second.length - 1 - middle] ?? [0, 0];
    const thirdMiddle = third[middle] ?? [0, 0];
    expect(distance(first[middle] ?? [0, 0], secondMiddle)).toBeGreaterThan(20);
    expect(distance(first[middle] ?? [0, 0], thirdMiddle)).toBeGreaterThan(20);
    // The second and third bow to opposite sides of the first, even though the second runs the other way.
    expect(distance(secondMiddle, thirdMiddle)).toBeGreaterThan(distance(first[middle] ?? [0, 0], secondMiddle));
    expect(second[0]).toEqual(washington.coordinates);
    expect(second.at(-1)).toEqual(paris.coordinates);
  });

  it('skips a relation whose place is unknown', () => {
    expect(relationLines([relation('x', 'paris', 'atlantis')], [paris]).features).toHaveLength(0);
  });
});
