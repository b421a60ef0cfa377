// One look on every renderer: each MapLibre paint value equals what the SVG picture draws for the same element.
import { describe, expect, test } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { relationLines } from '../geometry/relationLines';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { elementsOf, NO_ELEMENTS } from '../story/claimLinks';
import type { Selection } from '../story/selection';
import { storyOn } from '../time/validity';
import { homeBounds } from './model/home';
import { regionFill } from './model/palette';
import { RELATION_STYLES } from './model/relationStyles';
import { buildMapModel } from './model/mapModel';
import { featureEmphasis, mapLayers, SOURCE } from './layers';
import { buildScene, type SceneNode } from './svg/scene';
import { evaluateStyleValue, type FeatureProperties, type FeatureState } from './fixtures/styleValue';

/** The shipped story's home view. */
const DEFAULT_BOUNDS = homeBounds(loadShippedStory(), loadShippedGeo());

const story = loadShippedStory();
const geo = loadShippedGeo();
const drawn = storyOn(story, story.article.eventDate);
const lines = relationLines(drawn.relations, story.places).features;

function paint(
  layers: readonly LayerSpecification[],
  id: string,
  property: string,
  properties: FeatureProperties,
  state: FeatureState,
): unknown {
  const layer = layers.find((candidate) => candidate.id === id);
  const values = (layer && 'paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  return evaluateStyleValue(values?.[property], properties, state);
}

function viewOf(selection: Selection) {
  const highlighted = selection ? elementsOf(story, selection) : NO_ELEMENTS;
  const active = selection !== null;
  const regionFills = story.regions.map((region) => [region.id, regionFill(region)] as const);
  const layers = mapLayers({ countryFeatures: drawn.countries, disputedFeatures: drawn.disputed, regionFills });
  const emphasis = featureEmphasis(buildMapModel({ story, geo, lines, drawn, highlighted, active }));
  const stateOf = (source: string, id: string): FeatureState => {
    const set = emphasis.find((each) => each.source === source && each.id === id);
    if (!set) throw new Error(`no emphasis for ${source}/${id}`);
    return { emphasis: set.emphasis };
  };
  const scene = buildScene({ story, geo, lines, drawn, highlighted, active, frame: DEFAULT_BOUNDS, unitsPerPixel: 1 });
  return { layers, scene, stateOf };
}

const flat = (nodes: readonly SceneNode[]): SceneNode[] =>
  nodes.flatMap((node) => [node, ...flat(node.children ?? [])]);

describe.each<[string, Selection]>([
  ['nothing selected', null],
  ['a claim', { kind: 'claim', id: 'russian-base' }],
  ['a region', { kind: 'region', id: 'nagorno-karabakh' }],
  ['a line', { kind: 'relation', id: 'ankara-baku-backing' }],
])('live map and picture draw the same with %s', (_name, selection) => {
  const { layers, scene, stateOf } = viewOf(selection);
  const nodes = flat(scene.nodes);

  test('regions: fill opacity, outline width and opacity', () => {
    const regions = nodes.filter((node) => node.attributes['data-svg-region'] !== undefined);
    expect(regions.length).toBeGreaterThan(2);
    for (const node of regions) {
      const region = String(node.attributes['data-svg-region']);
      const ofRegion = (feature: string) =>
        geo.regions.features.some((f) => f.properties.id === feature && f.properties.region === region);
      const disputed = drawn.disputed.some(ofRegion);
      const featureId = [...drawn.disputed, ...drawn.countries].find(ofRegion) ?? '';
      const [fill, outline] = disputed ? ['disputed-fill', 'disputed-outline'] : ['country-fill', 'country-outline'];
      const properties = { region, id: featureId };
      const state = stateOf(SOURCE.regions, featureId);
      expect(paint(layers, fill, 'fill-opacity', properties, state)).toBe(node.attributes['fillOpacity']);
      expect(paint(layers, outline, 'line-width', properties, state)).toBe(node.attributes['strokeWidth']);
      expect(paint(layers, outline, 'line-opacity', properties, state)).toBe(node.attributes['strokeOpacity']);
    }
  });

  test('lines: colour, width, opacity and the hit band', () => {
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const group = nodes.find((node) => node.attributes['data-svg-relation'] === line.properties.id);
      const children = group?.children ?? [];
      const stroke = children.find(
        (child) => !child.interactiveOnly && child.attributes['data-svg-casing'] === undefined,
      );
      const hit = children.find((child) => child.interactiveOnly);
      const layer = `relation-${line.properties.type}`;
      const properties = { id: line.properties.id, type: line.properties.type, status: line.properties.status };
      const state = stateOf(SOURCE.relations, line.properties.id);
      expect(paint(layers, layer, 'line-color', properties, state)).toBe(stroke?.attributes['stroke']);
      // The picture rounds its sizes to a tenth of a unit.
      const width = Number(paint(layers, layer, 'line-width', properties, state));
      expect(Math.abs(width - Number(stroke?.attributes['strokeWidth']))).toBeLessThanOrEqual(0.051);
      expect(paint(layers, layer, 'line-opacity', properties, state)).toBeCloseTo(
        Number(stroke?.attributes['strokeOpacity']),
        2,
      );
      expect(paint(layers, 'relation-hit', 'line-width', properties, state)).toBe(hit?.attributes['strokeWidth']);
    }
  });

  test('lines: dashed on the live map exactly where the picture dashes them, with the same pattern', () => {
    const types = new Set(lines.map((line) => line.properties.type));
    for (const line of lines) {
      const group = nodes.find((node) => node.attributes['data-svg-relation'] === line.properties.id);
      const stroke = (group?.children ?? []).find(
        (child) => !child.interactiveOnly && child.attributes['data-svg-casing'] === undefined,
      );
      const pictured = stroke?.attributes['strokeDasharray'];
      const layer = layers.find((candidate) => candidate.id === `relation-${line.properties.type}`);
      const dash = layer?.type === 'line' ? layer.paint?.['line-dasharray'] : undefined;
      if (pictured === undefined) {
        // A solid line carries no dash array at all: even [1, 0] makes MapLibre draw with its dash shader.
        expect(dash, line.properties.id).toBeUndefined();
        continue;
      }
      // MapLibre's dashes are in line widths, the picture's in units.
      const width = Number(stroke?.attributes['strokeWidth']);
      const scaled = (Array.isArray(dash) ? dash : []).map((step) => Number(step) * width);
      const steps = String(pictured).split(',');
      expect(scaled, line.properties.id).toHaveLength(steps.length);
      steps.forEach((step, index) =>
        expect(Math.abs(Number(step) - (scaled[index] ?? NaN))).toBeLessThanOrEqual(0.051),
      );
    }
    // Both kinds are in the story, so both branches ran.
    expect([...types].some((type) => RELATION_STYLES[type].dash === null)).toBe(true);
    expect([...types].some((type) => RELATION_STYLES[type].dash !== null)).toBe(true);
  });
});
