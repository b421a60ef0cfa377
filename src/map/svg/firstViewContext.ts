// The basemap of the picture's first view (the build's HTML, and React's first render over it): only as far as the
// widest screens see around the story's box, so the page stays small. Once the map box is measured the picture draws
// all of it (a selection may frame Paris or Washington).
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Bounds } from '../../geometry/bounds';

const CONTEXT_MARGIN_DEGREES = { lng: 14, lat: 8 };
type Clippable = Feature<Polygon | MultiPolygon | LineString | MultiLineString>;
const CLIPPABLE = new Set(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);

export function firstViewContext(context: FeatureCollection, [west, south, east, north]: Bounds): FeatureCollection {
  const box: Bounds = [
    west - CONTEXT_MARGIN_DEGREES.lng,
    south - CONTEXT_MARGIN_DEGREES.lat,
    east + CONTEXT_MARGIN_DEGREES.lng,
    north + CONTEXT_MARGIN_DEGREES.lat,
  ];
  const features = context.features.flatMap((feature): Feature[] => {
    if (!CLIPPABLE.has(feature.geometry.type)) return [];
    return [{ ...bboxClip(feature as Clippable, box), properties: feature.properties }];
  });
  return { type: 'FeatureCollection', features };
}
