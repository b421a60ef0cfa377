// The map's layers as plain style specs, drawn from the story's state: what is shown and, through feature state, what is
// lit and what dims. Every value comes from the theme (./model/theme.ts), which the SVG picture reads too.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { RELATION_STATUSES, RELATION_TYPES } from '../story/model/vocabulary';
import { PALETTE } from './model/palette';
import { RELATION_STATUS_STYLES, RELATION_STYLES, type RelationStatusStyle } from './model/relationStyles';
import type { MapModel } from './model/mapModel';
import { THEME, type ByEmphasis, type Emphasis } from './model/theme';

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
  /** Each region's fill, by its id (./model/palette.ts). */
  regionFills: readonly (readonly [region: string, fill: string])[];
};

/** The feature-state key that carries each feature's emphasis; sources promote the `id` property to the feature id. */
export const EMPHASIS_STATE = 'emphasis';
export const FEATURE_ID = 'id';

export type FeatureEmphasis = { source: string; id: string; emphasis: Emphasis };

/**
 * Each drawn region feature's and line's emphasis, as the map model has it, for MapLibre's feature state. A selection
 * changes only these: a paint value that changed with it made MapLibre tile its sources again in the worker.
 */
export function featureEmphasis(model: Pick<MapModel, 'regions' | 'lines'>): FeatureEmphasis[] {
  return [
    ...model.regions.map(({ featureId, emphasis }) => ({ source: SOURCE.regions, id: featureId, emphasis })),
    ...model.lines.map(({ line, emphasis }) => ({ source: SOURCE.relations, id: line.properties.id, emphasis })),
  ];
}

const inList = (property: string, ids: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', property],
  ['literal', [...ids]],
];

/** A theme value by the feature's emphasis (its feature state; `rest` until one is set). */
function byEmphasis(values: ByEmphasis, scale = 1): ExpressionSpecification {
  return [
    'match',
    ['string', ['feature-state', EMPHASIS_STATE], 'rest'],
    'lit',
    values.lit * scale,
    'dim',
    values.dim * scale,
    values.rest * scale,
  ];
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
  const { country, disputed } = THEME;
  return [
    {
      id: LAYER.countryFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: {
        'fill-color': regionColor(view),
        'fill-opacity': byEmphasis(country.fillOpacity),
      },
    },
    {
      id: 'country-outline',
      type: 'line',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: {
        'line-color': country.outline,
        'line-width': byEmphasis(country.outlineWidth),
        'line-opacity': country.outlineOpacity,
      },
    },
    {
      id: LAYER.disputedFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.disputedFeatures),
      paint: { 'fill-color': disputed.fill, 'fill-opacity': byEmphasis(disputed.fillOpacity) },
    },
    {
      id: 'disputed-outline',
      type: 'line',
      source: SOURCE.regions,
      filter: inList('id', view.disputedFeatures),
      paint: {
        'line-color': disputed.outline,
        'line-width': byEmphasis(disputed.outlineWidth),
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

function relationLayers(): LayerSpecification[] {
  const lineOpacity = byEmphasis(THEME.relation.opacity);
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
    const width: ExpressionSpecification = ['+', ['*', typeWidth, byEmphasis(factor)], casing.extraWidth];
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
          byEmphasis(THEME.relation.widthFactor, style.width),
          byStatus((look) => look.widthScale, 1),
        ],
        'line-opacity': ['*', lineOpacity, byStatus((look) => look.opacity, 1)],
        // A solid line has none: any dash array, even [1, 0], draws with MapLibre's costlier dash shader.
        ...(style.dash ? { 'line-dasharray': [...style.dash] } : {}),
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
  return [...contextLayers(), ...regionLayers(view), ...relationLayers()];
}
