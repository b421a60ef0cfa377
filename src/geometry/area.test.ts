import { featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaKm2, km2ToMi2, mi2ToKm2, percentDifference } from './area';
import { loadShippedGeo } from './fixtures/shippedGeo';

type Areal = Polygon | MultiPolygon;

const squareAtEquator: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

function isArealFeature(value: Feature): value is Feature<Areal> {
  return value.geometry.type === 'Polygon' || value.geometry.type === 'MultiPolygon';
}

// Decoded from the shipped TopoJSON as the app decodes it: the areas the app shows.
function loadRegions(): Map<string, Feature<Areal>> {
  return new Map(
    loadShippedGeo()
      .regions.features.filter(isArealFeature)
      .map((f) => [String(f.id), f]),
  );
}

function region(regions: Map<string, Feature<Areal>>, id: string): Feature<Areal> {
  const found = regions.get(id);
  if (!found) throw new Error(`the region outlines have no ${id}`);
  return found;
}

describe('areaKm2', () => {
  it('gives the spherical area of a 1° × 1° square at the equator', () => {
    // Exact on a sphere: R² × Δλ × (sin φ₂ − sin φ₁), R = 6,371.0088 km (turf 7; turf 6 gave about 12,308).
    const radiusKm = 6371.0088;
    const exact = radiusKm ** 2 * (Math.PI / 180) * Math.sin(Math.PI / 180);
    expect(exact).toBeCloseTo(12_363.7, 1);
    expect(areaKm2(squareAtEquator)).toBeCloseTo(exact, 3);
  });

  it('accepts a feature as well as a geometry', () => {
    const feature: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: squareAtEquator };
    expect(areaKm2(feature)).toBe(areaKm2(squareAtEquator));
  });
});

describe('unit conversions', () => {
  it('uses the international square mile', () => {
    expect(mi2ToKm2(1)).toBe(2.589988110336);
    expect(km2ToMi2(2.589988110336)).toBe(1);
  });

  it('turns the article’s 1,400 sq mi into about 3,626 km²', () => {
    expect(Math.abs(mi2ToKm2(1400) - 3626)).toBeLessThanOrEqual(1);
  });

  it('round-trips', () => {
    expect(km2ToMi2(mi2ToKm2(4614))).toBeCloseTo(4614, 9);
  });
});

describe('percentDifference', () => {
  it('is (value − reference) / reference × 100', () => {
    expect(percentDifference(110, 100)).toBeCloseTo(10, 12);
    expect(percentDifference(90, 100)).toBeCloseTo(-10, 12);
    expect(percentDifference(3626, 4400)).toBeCloseTo(-17.59, 2);
  });
});

describe('areas of the committed region outlines (public/data/detail.topo.json)', () => {
  const regions = loadRegions();
  const within = (value: number, reference: number, tolerancePct: number) =>
    expect(Math.abs(percentDifference(value, reference))).toBeLessThanOrEqual(tolerancePct);

  it('Armenia is within 1.5 % of its official 29,743 km²', () => {
    within(areaKm2(region(regions, 'armenia')), 29_743, 1.5);
  });

  it('Azerbaijan is within 1.5 % of its official 86,600 km²', () => {
    within(areaKm2(region(regions, 'azerbaijan')), 86_600, 1.5);
  });

  it('the Natural Earth outlines of Nagorno-Karabakh measure as documented', () => {
    within(areaKm2(region(regions, 'nagorno-karabakh-pre-2020-unclipped')), 11_950, 1);
    within(areaKm2(region(regions, 'nagorno-karabakh-pre-2020')), 11_790, 1);
    within(areaKm2(region(regions, 'nagorno-karabakh-post-2020')), 3_133, 1);
  });

  it('the clipped pre-2020 outline lies inside Azerbaijan', () => {
    const clipped = region(regions, 'nagorno-karabakh-pre-2020');
    const overlap = intersect(featureCollection([clipped, region(regions, 'azerbaijan')]));
    expect(overlap).not.toBeNull();
    // Azerbaijan is drawn simplified (≤ 250 m off its 1:10m line), the clip used the unsimplified line.
    if (overlap) within(areaKm2(overlap), areaKm2(clipped), 0.5);
  });
});
