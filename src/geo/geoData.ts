// The built GeoJSON the map draws (see geo/README.md), with the provenance each region feature carries.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type RegionFeatureProperties = {
  id: string;
  region: string;
  dataset: string;
  scale: string;
  processing: string;
  drawn: boolean;
  unclipped?: string;
};

export type RegionFeature = Feature<Polygon | MultiPolygon, RegionFeatureProperties>;

export type GeoData = {
  regions: FeatureCollection<Polygon | MultiPolygon, RegionFeatureProperties>;
  context: FeatureCollection;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isFeatureCollection(value: unknown): value is FeatureCollection {
  return isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
}

function isRegionFeature(value: unknown): value is RegionFeature {
  if (!isObject(value) || !isObject(value.geometry) || !isObject(value.properties)) return false;
  const { type } = value.geometry;
  const { id, region, dataset, drawn } = value.properties;
  return (
    (type === 'Polygon' || type === 'MultiPolygon') &&
    typeof id === 'string' &&
    typeof region === 'string' &&
    typeof dataset === 'string' &&
    typeof drawn === 'boolean'
  );
}

/** Checks the shape of fetched map data; returns a reason when it is not what the map can draw. */
export function readGeoData(regions: unknown, context: unknown): GeoData | string {
  if (!isFeatureCollection(regions)) return 'regions.geojson is not a GeoJSON FeatureCollection';
  if (!isFeatureCollection(context)) return 'context.geojson is not a GeoJSON FeatureCollection';
  const broken = regions.features.findIndex((feature) => !isRegionFeature(feature));
  if (broken >= 0) return `regions.geojson: feature ${broken} lacks a polygon or its id, region, dataset or drawn property`;
  return { regions: regions as GeoData['regions'], context };
}

export function regionFeature(geo: GeoData, featureId: string): RegionFeature | undefined {
  return geo.regions.features.find((feature) => feature.properties.id === featureId);
}
