// A line's status drawn the same way by both renderers: the MapLibre layers' paint, evaluated for a line, gives the
// colour, width and opacity the SVG picture draws it with; and the picture draws the shipped story's frozen and ended
// lines as the legend keys them.
import { describe, expect, test } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { relationLines, type RelationLineProperties } from '../geometry/relationLines';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { NO_ELEMENTS } from '../story/claimLinks';
import { RELATION_STATUSES, RELATION_TYPES } from '../story/model/vocabulary';
import { storyOn } from '../time/validity';
import { homeBounds } from './model/home';
import { featureEmphasis, mapLayers, type LayerView } from './layers';
import { buildMapModel } from './model/mapModel';
import { RELATION_STATUS_STYLES } from './model/relationStyles';
import { buildScene, type SceneNode } from './svg/scene';
import { evaluateStyleValue, type FeatureProperties, type FeatureState } from './fixtures/styleValue';

/** The shipped story's home view. */
const DEFAULT_BOUNDS = homeBounds(loadShippedStory(), loadShippedGeo());

const story = loadShippedStory();
const geo = loadShippedGeo();

type Drawn = { color: unknown; width: number; opacity: number; casing?: { color: unknown; width: number } };

/** What MapLibre draws for a line: the first layer whose filter takes it, and any casing layer under it. */
function maplibreLook(view: LayerView, feature: FeatureProperties, state: FeatureState): Drawn {
  const lineLayers = mapLayers(view).filter(
    (layer): layer is Extract<LayerSpecification, { type: 'line' }> =>
      layer.type === 'line' && layer.source === 'relations' && layer.id !== 'relation-hit',
  );
  const takes = (layer: (typeof lineLayers)[number]) =>
    layer.filter === undefined || evaluateStyleValue(layer.filter, feature);
  const line = lineLayers.find(
    (layer) => layer.id.startsWith('relation-') && !layer.id.includes('casing') && takes(layer),
  );
  const casing = lineLayers.find((layer) => layer.id.includes('casing') && takes(layer));
  if (!line) throw new Error(`no layer draws ${JSON.stringify(feature)}`);
  return {
    color: evaluateStyleValue(line.paint?.['line-color'], feature, state),
    width: Number(evaluateStyleValue(line.paint?.['line-width'], feature, state)),
    opacity: Number(evaluateStyleValue(line.paint?.['line-opacity'], feature, state)),
    ...(casing
      ? {
          casing: {
            color: evaluateStyleValue(casing.paint?.['line-color'], feature, state),
            width: Number(evaluateStyleValue(casing.paint?.['line-width'], feature, state)),
          },
        }
      : {}),
  };
}

/** What the SVG picture draws for the same line (at its own zoom a scene unit is a screen pixel). */
function svgLook(node: SceneNode): Drawn {
  const [first, second] = node.children ?? [];
  const line = first?.attributes['data-svg-casing'] ? second : first;
  const casing = first?.attributes['data-svg-casing'] ? first : undefined;
  if (!line) throw new Error('a line node without a path');
  return {
    color: line.attributes['stroke'],
    width: Number(line.attributes['strokeWidth']),
    opacity: Number(line.attributes['strokeOpacity']),
    ...(casing
      ? { casing: { color: casing.attributes['stroke'], width: Number(casing.attributes['strokeWidth']) } }
      : {}),
  };
}

const [relation] = story.relations;
if (!relation) throw new Error('the story has no line');

describe('every type in every status, with and without a selection', () => {
  const views = [
    { name: 'nothing selected', active: false, lit: false },
    { name: 'the line selected', active: true, lit: true },
    { name: 'another element selected', active: true, lit: false },
  ];
  for (const status of RELATION_STATUSES)
    for (const { name, active, lit } of views)
      test(`${status}, ${name}`, () => {
        for (const type of RELATION_TYPES) {
          const line = { ...relation, type };
          const lines = relationLines([line], story.places, () => status).features;
          const highlighted = lit ? { ...NO_ELEMENTS, relations: [line.id] } : NO_ELEMENTS;
          const scene = buildScene({
            story,
            geo,
            lines,
            drawn: { countries: [], disputed: [] },
            highlighted,
            active,
            frame: DEFAULT_BOUNDS,
          });
          const node = scene.nodes.find((each) => each.attributes['data-svg-relation'] === line.id);
          if (!node) throw new Error('the picture has no line');
          const properties: RelationLineProperties = { id: line.id, type, label: line.label, status };
          const view: LayerView = { countryFeatures: [], disputedFeatures: [], regionFills: [] };
          const drawn = { countries: [], disputed: [] };
          const [emphasis] = featureEmphasis(buildMapModel({ story, geo, lines, drawn, highlighted, active }));
          if (emphasis?.id !== line.id) throw new Error('the model has no emphasis for the line');
          const fromMapLibre = maplibreLook(view, properties, { emphasis: emphasis.emphasis });
          const fromSvg = svgLook(node);
          expect(fromSvg.color).toBe(fromMapLibre.color);
          // The picture rounds its sizes to a tenth of a unit.
          expect(Math.abs(fromSvg.width - fromMapLibre.width)).toBeLessThanOrEqual(0.051);
          expect(fromSvg.opacity).toBeCloseTo(fromMapLibre.opacity, 2);
          expect(fromSvg.casing?.color).toBe(fromMapLibre.casing?.color);
          expect(Math.abs((fromSvg.casing?.width ?? 0) - (fromMapLibre.casing?.width ?? 0))).toBeLessThanOrEqual(0.051);
        }
      });
});

describe('the shipped story today', () => {
  const drawn = storyOn(story, '2026-11-28');
  const lines = relationLines(drawn.relations, story.places, (each) => drawn.statuses[each.id] ?? 'active').features;
  const scene = buildScene({
    story,
    geo,
    lines,
    drawn,
    highlighted: NO_ELEMENTS,
    active: false,
    frame: DEFAULT_BOUNDS,
  });
  const nodeOf = (id: string) => scene.nodes.find((node) => node.attributes['data-svg-relation'] === id);

  test('draws the CSTO alliance line frozen: on its pale band, faded, still in its own red', () => {
    const alliance = nodeOf('moscow-yerevan-alliance');
    expect(alliance?.attributes['data-svg-status']).toBe('frozen');
    const look = svgLook(alliance ?? { tag: 'g', attributes: {} });
    expect(look.casing?.color).toBe(RELATION_STATUS_STYLES.frozen.casing?.color);
    expect(look.color).toBe('#b91c1c');
    expect(look.opacity).toBeCloseTo(0.85 * 0.6, 2);
    expect(alliance?.select?.name).toBe('Military alliance (CSTO) (line, frozen)');
  });

  test('draws the ended lines thin and grey, and the others as on the article’s day', () => {
    for (const id of ['baku-stepanakert-conflict', 'moscow-vienna-mediation']) {
      expect(nodeOf(id)?.attributes['data-svg-status']).toBe('ended');
      expect(svgLook(nodeOf(id) ?? { tag: 'g', attributes: {} }).color).toBe('#6b7280');
    }
    expect(nodeOf('moscow-gyumri-base')?.attributes['data-svg-status']).toBe('active');
  });
});
