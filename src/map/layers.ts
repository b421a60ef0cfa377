// The map's layers as plain style specs, drawn from the story's state: what is shown, what is highlighted, what dims.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { RELATION_STATUSES, RELATION_TYPES, type Elements } from '../story/model/schema';
import { PALETTE, REGION_FILL } from './palette';
import { RELATION_STATUS_STYLES, RELATION_STYLES, type RelationStatusStyle } from './relationStyles';

export const SOURCE = { context: 'context', regions: 'regions', relations: 'relations' } as const;
export const LAYER = {
  countryFill: 'country-fill',
  disputedFill: 'disputed-fill',
  relationHit: 'relation-hit',
} as const;
/** Layers a click or tap can pick, topmost first. */
export const INTERACTIVE_LAYERS = [LAYER.relationHit, LAYER.disputedFill, LAYER.countryFill];

export type LayerView = {
  /** Region features drawn now: the countries, and the chosen outline of each disputed region. */
  countryFeatures: string[];
  disputedFeatures: string[];
  highlighted: Elements;
  /** Something is selected: what it does not name dims. */
  active: boolean;
};

const inList = (property: string, ids: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', property],
  ['literal', [...ids]],
];

function emphasis(
  view: LayerView,
  property: string,
  ids: readonly string[],
  on: number,
  dim: number,
  rest: number,
): number | ExpressionSpecification {
  if (!view.active) return rest;
  return ['case', inList(property, ids), on, dim];
}

// A match expression built from the palette; its variadic form is beyond the style-spec's tuple types, hence the cast.
const regionColor: ExpressionSpecification = [
  'match',
  ['get', 'region'],
  ...Object.entries(REGION_FILL).flat(),
  PALETTE.land,
] as unknown as ExpressionSpecification;

function contextLayers(): LayerSpecification[] {
  return [
    {
      id: 'context-world',
      type: 'fill',
      source: SOURCE.context,
      filter: ['==', ['get', 'layer'], 'world'],
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: 'context-near',
      type: 'fill',
      source: SOURCE.context,
      filter: ['==', ['get', 'layer'], 'near'],
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: 'context-borders',
      type: 'line',
      source: SOURCE.context,
      filter: ['==', ['get', 'layer'], 'borders'],
      paint: { 'line-color': PALETTE.border, 'line-width': 0.8 },
    },
  ];
}

function regionLayers(view: LayerView): LayerSpecification[] {
  const regions = view.highlighted.regions;
  return [
    {
      id: LAYER.countryFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: { 'fill-color': regionColor, 'fill-opacity': emphasis(view, 'region', regions, 0.9, 0.3, 0.75) },
    },
    {
      id: 'country-outline',
      type: 'line',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: {
        'line-color': PALETTE.outline,
        'line-width': emphasis(view, 'region', regions, 2.5, 0.6, 1),
        'line-opacity': 0.8,
      },
    },
    {
      id: LAYER.disputedFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.disputedFeatures),
      paint: { 'fill-color': PALETTE.disputed, 'fill-opacity': emphasis(view, 'region', regions, 0.85, 0.3, 0.7) },
    },
    {
      id: 'disputed-outline',
      type: 'line',
      source: SOURCE.regions,
      filter: inList('id', view.disputedFeatures),
      paint: {
        'line-color': PALETTE.highlight,
        'line-width': emphasis(view, 'region', regions, 3, 1, 1.6),
        'line-dasharray': [2, 1],
      },
    },
  ];
}

// A relation's status picks its look (./relationStyles): a match on the feature's status, with the active look as default.
function byStatus<T extends number | string>(
  pick: (style: RelationStatusStyle) => T | undefined,
  fallback: T,
): T | ExpressionSpecification {
  const cases = RELATION_STATUSES.flatMap((status) => {
    const value = pick(RELATION_STATUS_STYLES[status]);
    return value === undefined || value === fallback ? [] : [status, value];
  });
  return cases.length === 0
    ? fallback
    : (['match', ['get', 'status'], ...cases, fallback] as unknown as ExpressionSpecification);
}

/** A line's width before its status: thicker when selected, thinner when something else is. */
function selectedWidth(view: LayerView, width: number): number | ExpressionSpecification {
  return view.active ? ['case', inList('id', view.highlighted.relations), width * 1.6, width * 0.7] : width;
}

function relationLayers(view: LayerView): LayerSpecification[] {
  const relations = view.highlighted.relations;
  const lineOpacity = emphasis(view, 'id', relations, 1, 0.18, 0.85);
  // A pale band under each line of a status that has one (frozen), under the lines themselves.
  const casings: LayerSpecification[] = RELATION_STATUSES.flatMap((status) => {
    const casing = RELATION_STATUS_STYLES[status].casing;
    if (!casing) return [];
    const typeWidth = [
      'match',
      ['get', 'type'],
      ...RELATION_TYPES.flatMap((type) => [type, RELATION_STYLES[type].width]),
      0,
    ] as unknown as ExpressionSpecification;
    const width: ExpressionSpecification = view.active
      ? ['+', ['*', typeWidth, ['case', inList('id', relations), 1.6, 0.7]], casing.extraWidth]
      : ['+', typeWidth, casing.extraWidth];
    return [
      {
        id: `relation-casing-${status}`,
        type: 'line',
        source: SOURCE.relations,
        filter: ['==', ['get', 'status'], status],
        layout: { 'line-cap': 'butt', 'line-join': 'round' },
        paint: { 'line-color': casing.color, 'line-width': width, 'line-opacity': lineOpacity },
      } satisfies LayerSpecification,
    ];
  });
  const drawn: LayerSpecification[] = RELATION_TYPES.map((type) => {
    const style = RELATION_STYLES[type];
    return {
      id: `relation-${type}`,
      type: 'line',
      source: SOURCE.relations,
      filter: ['==', ['get', 'type'], type],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': byStatus((look) => look.color, style.color),
        'line-width': ['*', selectedWidth(view, style.width), byStatus((look) => look.widthScale, 1)],
        'line-opacity': ['*', lineOpacity, byStatus((look) => look.opacity, 1)],
        'line-dasharray': style.dash,
      },
    } satisfies LayerSpecification;
  });
  // An invisible wide twin of every line, so a finger can hit a 3-px line.
  const hit: LayerSpecification = {
    id: LAYER.relationHit,
    type: 'line',
    source: SOURCE.relations,
    paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': 14 },
  };
  return [...casings, ...drawn, hit];
}

export function mapLayers(view: LayerView): LayerSpecification[] {
  return [...contextLayers(), ...regionLayers(view), ...relationLayers(view)];
}
