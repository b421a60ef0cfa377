// What every renderer draws, derived once from the story's state: the regions drawn (with their label points), the
// lines, the pins, and each one's emphasis. Pure: the live map, the SVG picture, print and downloads all read it.
import type { RegionFeature } from '../../geometry/geoData';
import { regionFeature, type GeoData } from '../../geometry/geoData';
import { labelPoint } from '../../geometry/labelPoint';
import { boundsOf, type Bounds } from '../../geometry/bounds';
import type { RelationLine } from '../../geometry/relationLines';
import { displayName, regionName } from '../../story/model/names';
import type { Elements, Place, Region, Story } from '../../story/model/schema';
import type { Selection } from '../../story/selection';
import type { ContextLabel } from './contextLabels';
import { emphasisOf, type Emphasis } from './theme';

type ModelRegion = {
  featureId: string;
  region: Region;
  feature: RegionFeature;
  name: string;
  disputed: boolean;
  emphasis: Emphasis;
  labelAt: [number, number];
  /** The drawn outline's box, for the room its name has on screen. */
  bounds: Bounds;
};
type ModelLine = { line: RelationLine; emphasis: Emphasis };
export type ModelPin = {
  place: Place;
  name: string;
  emphasis: Emphasis;
  /** The selection is this place itself. */
  chosen: boolean;
};
export type MapModel = {
  regions: ModelRegion[];
  lines: ModelLine[];
  pins: ModelPin[];
  contextLabels: readonly ContextLabel[];
  /** Something is selected: what it does not name dims. */
  active: boolean;
};

export type MapModelInput = {
  story: Story;
  geo: GeoData;
  lines: readonly RelationLine[];
  drawn: { countries: readonly string[]; disputed: readonly string[] };
  highlighted: Elements;
  active: boolean;
  selection?: Selection;
};

export function buildMapModel(input: MapModelInput): MapModel {
  const { story, geo, drawn, highlighted, active } = input;
  const regionsById = new Map(story.regions.map((region) => [region.id, region]));
  const disputed = new Set(drawn.disputed);
  const lit = {
    regions: new Set(highlighted.regions),
    places: new Set(highlighted.places),
    relations: new Set(highlighted.relations),
  };
  const regions = [...drawn.countries, ...drawn.disputed].flatMap((featureId): ModelRegion[] => {
    const feature = regionFeature(geo, featureId);
    const region = feature ? regionsById.get(feature.properties.region) : undefined;
    if (!feature || !region) return [];
    return [
      {
        featureId,
        region,
        feature,
        name: regionName(region),
        disputed: disputed.has(featureId),
        emphasis: emphasisOf(active, lit.regions.has(region.id)),
        labelAt: region.labelAt ?? labelPoint(feature.geometry),
        bounds: boundsOf([feature], []) ?? [0, 0, 0, 0],
      },
    ];
  });
  const lines = input.lines.map((line) => ({
    line,
    emphasis: emphasisOf(active, lit.relations.has(line.properties.id)),
  }));
  const chosenPlace = input.selection?.kind === 'place' ? input.selection.id : null;
  const pins = story.places.map((place) => ({
    place,
    name: displayName(place),
    emphasis: emphasisOf(active, lit.places.has(place.id)),
    chosen: place.id === chosenPlace,
  }));
  // The story's own names first; then those the map data brings, unless the story names that country already.
  const named = new Set([...story.map.labels.map((label) => label.name), ...regions.map((region) => region.name)]);
  const contextLabels: ContextLabel[] = [
    ...story.map.labels.map(({ name, at, kind }) => ({ name, coordinates: at, kind })),
    ...(geo.names ?? [])
      .filter((entry) => !named.has(entry.name))
      .map(({ name, coordinates }) => ({ name, coordinates, kind: 'country' as const })),
  ];
  return { regions, lines, pins, contextLabels, active };
}
