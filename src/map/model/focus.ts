// Where the camera goes for a selection: the box around every region, pin and line it names.
import type { Feature } from 'geojson';
import { boundsOf, type Bounds } from '../../geometry/bounds';
import { regionFeature, type GeoData } from '../../geometry/geoData';
import type { RelationLine } from '../../geometry/relationLines';
import { outlineOn } from '../../time/validity';
import type { Elements, Story } from '../../story/model/schema';
import { outlineFeatureId } from '../../story/model/outlines';

export function focusBounds(
  story: Story,
  geo: GeoData,
  lines: readonly RelationLine[],
  elements: Elements,
  date: string,
): Bounds | null {
  const features: Feature[] = [];
  for (const region of story.regions) {
    const drawn = elements.regions.includes(region.id) ? outlineOn(region, date) : undefined;
    const feature = drawn ? regionFeature(geo, outlineFeatureId(region, drawn)) : undefined;
    if (feature) features.push(feature);
  }
  features.push(...lines.filter((line) => elements.relations.includes(line.properties.id)));
  const points = story.places.filter((place) => elements.places.includes(place.id)).map((place) => place.coordinates);
  return boundsOf(features, points);
}
