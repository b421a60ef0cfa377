// The map's layers as plain style specs, drawn from the story's state: what is shown, what is highlighted, what dims.
// Every value comes from the theme (./model/theme.ts), which the SVG picture reads too.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Elements } from '../story/model/schema';
import { RELATION_STATUSES, RELATION_TYPES } from '../story/model/vocabulary';
import { PALETTE } from './model/palette';
import { RELATION_STATUS_STYLES, RELATION_STYLES, type RelationStatusStyle } from './model/relationStyles';
import { THEME, type ByEmphasis } from './model/theme';

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
  /** Each region's fill, by its id (./model/palette.ts). */
  regionFills: readonly (readonly [region: string, fill: string])[];
  /** Something is selected: what it does not name dims. */
  active: boolean;
};

const inList = (property: string, ids: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', property],
  ['literal', [...ids]],
];

/** A theme value by emphasis: one number with nothing selected, lit or dim by whether the feature is named. */
function byEmphasis(
  view: LayerView,
  property: string,
  ids: readonly string[],
  values: ByEmphasis,
  scale = 1,
): number | ExpressionSpecification {
  if (!view.active) return values.rest * scale;
  return ['case', inList(property, ids), values.lit * scale, values.dim * scale];
}

// A match on the region's id, from the story's colour roles; its variadic form is beyond the style-spec's tuple types,
// hence the cast.
function regionColor(view: LayerView): string | ExpressionSpecification {
  if (view.regionFills.length === 0) return PALETTE.land;
  return ['match', ['get', 'region'], ...view.regionFills.flat(), PALETTE.land] as unknown as ExpressionSpecification;
}

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
      paint: { 'line-color': PALETTE.border, 'line-width': THEME.context.borderWidth },
    },
  ];
}

function regionLayers(view: LayerView): LayerSpecification[] {
  const regions = view.highlighted.regions;
  const { country, disputed } = THEME;
  return [
    {
      id: LAYER.countryFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: {
        'fill-color': regionColor(view),
        'fill-opacity': byEmphasis(view, 'region', regions, country.fillOpacity),
      },
    },
    {
      id: 'country-outline',
      type: 'line',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: {
        'line-color': country.outline,
        'line-width': byEmphasis(view, 'region', regions, country.outlineWidth),
        'line-opacity': country.outlineOpacity,
      },
    },
    {
      id: LAYER.disputedFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.disputedFeatures),
      paint: { 'fill-color': disputed.fill, 'fill-opacity': byEmphasis(view, 'region', regions, disputed.fillOpacity) },
    },
    {
      id: 'disputed-outline',
      type: 'line',
      source: SOURCE.regions,
      filter: inList('id', view.disputedFeatures),
      paint: {
        'line-color': disputed.outline,
        'line-width': byEmphasis(view, 'region', regions, disputed.outlineWidth),
        'line-opacity': disputed.outlineOpacity,
        'line-dasharray': [...disputed.outlineDash],
      },
    },
  ];
}

// A relation's status picks its look (./model/relationStyles): a match on the feature's status, the active look as default.
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

function relationLayers(view: LayerView): LayerSpecification[] {
  const relations = view.highlighted.relations;
  const lineOpacity = byEmphasis(view, 'id', relations, THEME.relation.opacity);
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
    const factor = THEME.relation.widthFactor;
    const width: ExpressionSpecification = view.active
      ? ['+', ['*', typeWidth, ['case', inList('id', relations), factor.lit, factor.dim]], casing.extraWidth]
      : ['+', ['*', typeWidth, factor.rest], casing.extraWidth];
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
        'line-width': [
          '*',
          byEmphasis(view, 'id', relations, THEME.relation.widthFactor, style.width),
          byStatus((look) => look.widthScale, 1),
        ],
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
    paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': THEME.relation.hitWidth },
  };
  return [...casings, ...drawn, hit];
}

export function mapLayers(view: LayerView): LayerSpecification[] {
  return [...contextLayers(), ...regionLayers(view), ...relationLayers(view)];
}
