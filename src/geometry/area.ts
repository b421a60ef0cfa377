// Area measures for the area fact check: pure functions, no map or UI code.
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Square kilometres in one square mile (international mile, 1,609.344 m, squared). */
const KM2_PER_MI2 = 2.589988110336;

/** Spherical area in km²: turf.area (geodesic polygon area on a sphere of radius 6,371,008.8 m, the WGS84 mean radius) / 1e6. */
export function areaKm2(geometryOrFeature: Geometry | Feature | FeatureCollection): number {
  return area(geometryOrFeature) / 1e6;
}

/** km² → mi², dividing by the international square mile (2.589988110336 km²). */
export function km2ToMi2(km2: number): number {
  return km2 / KM2_PER_MI2;
}

/** mi² → km², multiplying by the international square mile (2.589988110336 km²). */
export function mi2ToKm2(mi2: number): number {
  return mi2 * KM2_PER_MI2;
}

/** Relative difference in per cent: (value − reference) / reference × 100. */
export function percentDifference(value: number, reference: number): number {
  return ((value - reference) / reference) * 100;
}
