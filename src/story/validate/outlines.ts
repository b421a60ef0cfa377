// Validates the outlines a story draws: each gives its geometry one way, every feature it names exists, and every
// polygon is closed, in range and does not cross itself (turf's kinks). Pure: no Node or browser APIs, so the CLI and the app share it.
import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { StoryProblem } from '../integrity';
import type { Story } from '../model/schema';
import { outlineSourcesGiven } from '../model/outlines';

type PolygonGeometry = Polygon | MultiPolygon;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Feature geometries by their `properties.id`, read defensively from any JSON. */
function geometriesById(featureCollection: unknown): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  if (!isObject(featureCollection) || !Array.isArray(featureCollection.features)) return byId;
  for (const feature of featureCollection.features) {
    if (!isObject(feature) || !isObject(feature.properties)) continue;
    const { id } = feature.properties;
    if (typeof id === 'string') byId.set(id, feature.geometry);
  }
  return byId;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && isNumber(value[0]) && isNumber(value[1]);
}

function isRing(value: unknown): value is Position[] {
  return Array.isArray(value) && value.every(isPosition);
}

function polygonsOf(geometry: unknown): Position[][][] | string {
  if (!isObject(geometry)) return 'has no geometry';
  const { type, coordinates } = geometry;
  if (type === 'Polygon' && Array.isArray(coordinates) && coordinates.every(isRing)) return [coordinates];
  if (
    type === 'MultiPolygon' &&
    Array.isArray(coordinates) &&
    coordinates.every((polygon) => Array.isArray(polygon) && polygon.every(isRing))
  ) {
    return coordinates;
  }
  return 'is not a Polygon or MultiPolygon with numeric coordinates';
}

function format(position: Position): string {
  return `${String(position[0])}, ${String(position[1])}`;
}

function ringProblems(ring: Position[]): string[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length < 4 || !first || !last)
    return [`has a ring of ${ring.length} points; a closed ring needs at least 4`];
  const outOfRange = ring.find(([longitude = 0, latitude = 0]) => Math.abs(longitude) > 180 || Math.abs(latitude) > 90);
  const problems: string[] = [];
  if (outOfRange)
    problems.push(
      `has a point out of range (${format(outOfRange)}): longitude must be within ±180, latitude within ±90`,
    );
  if (first[0] !== last[0] || first[1] !== last[1])
    problems.push(`has a ring that is not closed: it starts at ${format(first)} but ends at ${format(last)}`);
  return problems;
}

/** What is wrong with one geometry, in words; empty when it can be drawn and measured. */
export function polygonProblems(geometry: unknown): string[] {
  const polygons = polygonsOf(geometry);
  if (typeof polygons === 'string') return [polygons];
  const shapeProblems = polygons.flatMap((rings) => rings.flatMap(ringProblems));
  if (shapeProblems.length > 0) return shapeProblems;
  const crossings = kinks(geometry as PolygonGeometry).features;
  const firstCrossing = crossings[0];
  return firstCrossing ? [`crosses itself at ${format(firstCrossing.geometry.coordinates)}`] : [];
}

/**
 * Every outline gives its geometry exactly one way. A feature must be in the region file (`GeoData.regions`, see
 * geo/README.md) and a geometry of the story's own must be sound; a country code is checked when its file is fetched.
 */
export function outlineProblems(story: Story, regionFile: unknown, countryCodes?: ReadonlySet<string>): StoryProblem[] {
  const geometries = geometriesById(regionFile);
  return story.regions.flatMap((region, regionIndex) =>
    region.outlines.flatMap((outline, outlineIndex): StoryProblem[] => {
      const at = `regions.${regionIndex}.outlines.${outlineIndex}`;
      // An outline given no way or several is integrity's to report (src/story/integrity.ts).
      if (outlineSourcesGiven(outline).length !== 1) return [];
      if (outline.geometry !== undefined)
        return polygonProblems(outline.geometry).map((problem) => ({
          path: `${at}.geometry`,
          message: `the outline ${problem}`,
        }));
      if (outline.country !== undefined)
        return countryCodes === undefined || countryCodes.has(outline.country)
          ? []
          : [
              {
                path: `${at}.country`,
                message: `no country has the ISO 3166-1 numeric code "${outline.country}" (data/countries/index.json lists them)`,
              },
            ];
      if (outline.feature === undefined) return [];
      const path = `${at}.feature`;
      if (!geometries.has(outline.feature))
        return [{ path, message: `no feature "${outline.feature}" in the region outlines of the map data` }];
      return polygonProblems(geometries.get(outline.feature)).map((problem) => ({
        path,
        message: `the feature "${outline.feature}" ${problem}`,
      }));
    }),
  );
}
