// The map's layers as plain style specs, drawn from the story's state: what is shown, what is highlighted, what dims.
// Every value comes from the theme (./model/theme.ts), which the SVG picture reads too.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { RELATION_TYPES, type Elements } from '../story/model/schema';
import { PALETTE, REGION_FILL } from './model/palette';
import { RELATION_STYLES } from './model/relationStyles';
import { THEME, type ByEmphasis } from './model/theme';

export const SOURCE = { context: 'context', regions: 'regions', relations: 'relations' } as const;
export const LAYER = {
  countryFill: 'country-fill',
  disputedFill: 'disputed-fill',
  relationHit: 'relation-hit',
} as const;
/** Layers a click or tap can pick, topmost first. */
export const INTERACTIVE_LAYERS = [LAYER.relationHit, LAYER.disputedFill, LAYER.countryFill];

export type LayerState = {
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

/** A theme value by emphasis: one number with nothing selected, lit or dim by whether the feature is named. */
function byEmphasis(
  view: LayerState,
  property: string,
  ids: readonly string[],
  values: ByEmphasis,
  scale = 1,
): number | ExpressionSpecification {
  if (!view.active) return values.rest * scale;
  return ['case', inList(property, ids), values.lit * scale, values.dim * scale];
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
      paint: { 'line-color': PALETTE.border, 'line-width': THEME.context.borderWidth },
    },
  ];
}

function regionLayers(view: LayerState): LayerSpecification[] {
  const regions = view.highlighted.regions;
  const { country, disputed } = THEME;
  return [
    {
      id: LAYER.countryFill,
      type: 'fill',
      source: SOURCE.regions,
      filter: inList('id', view.countryFeatures),
      paint: { 'fill-color': regionColor, 'fill-opacity': byEmphasis(view, 'region', regions, country.fillOpacity) },
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

function relationLayers(view: LayerState): LayerSpecification[] {
  const relations = view.highlighted.relations;
  const drawn: LayerSpecification[] = RELATION_TYPES.map((type) => {
    const style = RELATION_STYLES[type];
    return {
      id: `relation-${type}`,
      type: 'line',
      source: SOURCE.relations,
      filter: ['==', ['get', 'type'], type],
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': style.color,
        'line-width': byEmphasis(view, 'id', relations, THEME.relation.widthFactor, style.width),
        'line-opacity': byEmphasis(view, 'id', relations, THEME.relation.opacity),
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
  return [...drawn, hit];
}

export function mapLayers(view: LayerState): LayerSpecification[] {
  return [...contextLayers(), ...regionLayers(view), ...relationLayers(view)];
}
