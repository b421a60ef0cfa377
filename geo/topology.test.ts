// Encoding as TopoJSON: shared borders stored once, the grid the data's own, and the build's check not a formality.
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assertDecodesTo, canonicalGeometry, encodeTopology } from './topology';

function square(west: number, south: number, east: number, north: number): Feature<Polygon> {
  const ring: Position[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

// Two squares on the 0.001° grid sharing the edge at 44.125° E.
const west = square(44.123, 40.001, 44.125, 40.004);
const east = square(44.125, 40.001, 44.128, 40.004);
const pair: FeatureCollection = { type: 'FeatureCollection', features: [west, east] };

describe('encodeTopology', () => {
  const topology = encodeTopology({ squares: pair }, 0.001);

  it('quantizes on the given step, from a corner on the grid', () => {
    expect(topology.transform).toEqual({ scale: [0.001, 0.001], translate: [44.123, 40.001] });
    // Delta-encoded integers: every step is a whole number of 0.001°.
    for (const arc of topology.arcs)
      for (const position of arc) for (const value of position) expect(Number.isInteger(value)).toBe(true);
  });

  it('stores the shared edge once: three arcs for the two squares, not two closed rings', () => {
    expect(topology.arcs).toHaveLength(3);
  });

  it('leaves its input untouched', () => {
    expect(west.geometry.coordinates[0]?.[0]).toEqual([44.123, 40.001]);
  });
});

describe('assertDecodesTo', () => {
  const rotated: Feature<Polygon> = {
    ...west,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [44.125, 40.001],
          [44.125, 40.004],
          [44.123, 40.004],
          [44.123, 40.001],
          [44.125, 40.001],
        ],
      ],
    },
  };

  it('takes a ring that starts at another vertex for the same ring', () => {
    expect(canonicalGeometry(rotated.geometry)).toEqual(canonicalGeometry(west.geometry));
    expect(() => assertDecodesTo([rotated, east], [west, east], 'squares')).not.toThrow();
  });

  it('refuses a moved vertex, a changed property or a missing feature', () => {
    const moved = square(44.123, 40.001, 44.125, 40.0041);
    expect(() => assertDecodesTo([moved, east], [west, east], 'squares')).toThrow(
      'squares: feature 0 does not decode to the feature written',
    );
    expect(() => assertDecodesTo([west, { ...east, properties: { layer: 'near' } }], [west, east], 'squares')).toThrow(
      /feature 1/,
    );
    expect(() => assertDecodesTo([west], [west, east], 'squares')).toThrow('squares: 1 features decoded, 2 written');
  });

  it('refuses a ring traversed the other way (its area would change sign)', () => {
    const ring = west.geometry.coordinates[0] ?? [];
    const reversed: Feature<Polygon> = { ...west, geometry: { type: 'Polygon', coordinates: [[...ring].reverse()] } };
    expect(() => assertDecodesTo([reversed], [west], 'squares')).toThrow(/feature 0/);
  });
});
