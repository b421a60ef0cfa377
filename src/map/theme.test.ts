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
import { mapLayers } from './layers';
import { buildScene, type SceneNode } from './svg/scene';

/** The shipped story's home view. */
const DEFAULT_BOUNDS = homeBounds(loadShippedStory(), loadShippedGeo());

const story = loadShippedStory();
const geo = loadShippedGeo();
const drawn = storyOn(story, story.article.eventDate);
const lines = relationLines(drawn.relations, story.places).features;

type Properties = Record<string, string>;

/** The few expression forms the layers use (case, match, in, get, literal, *, +), evaluated for one feature. */
function evaluate(value: unknown, properties: Properties): unknown {
  if (!Array.isArray(value)) return value;
  const [operator, ...args] = value as [unknown, ...unknown[]];
  switch (operator) {
    case 'literal':
      return args[0];
    case 'get':
      return properties[String(args[0])];
    case 'in': {
      const list = evaluate(args[1], properties);
      return Array.isArray(list) && list.includes(evaluate(args[0], properties));
    }
    case 'case': {
      for (let index = 0; index + 1 < args.length; index += 2)
        if (evaluate(args[index], properties) === true) return evaluate(args[index + 1], properties);
      return evaluate(args[args.length - 1], properties);
    }
    case 'match': {
      const input = evaluate(args[0], properties);
      for (let index = 1; index + 1 < args.length; index += 2)
        if (args[index] === input) return evaluate(args[index + 1], properties);
      return evaluate(args[args.length - 1], properties);
    }
    case '*':
      return args.reduce((product: number, arg) => product * Number(evaluate(arg, properties)), 1);
    case '+':
      return args.reduce((sum: number, arg) => sum + Number(evaluate(arg, properties)), 0);
    default:
      return value;
  }
}

function paint(layers: readonly LayerSpecification[], id: string, property: string, properties: Properties): unknown {
  const layer = layers.find((candidate) => candidate.id === id);
  const values = (layer && 'paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
  return evaluate(values?.[property], properties);
}

function viewOf(selection: Selection) {
  const highlighted = selection ? elementsOf(story, selection) : NO_ELEMENTS;
  const active = selection !== null;
  const regionFills = story.regions.map((region) => [region.id, regionFill(region)] as const);
  const layers = mapLayers({
    countryFeatures: drawn.countries,
    disputedFeatures: drawn.disputed,
    highlighted,
    regionFills,
    active,
  });
  const scene = buildScene({ story, geo, lines, drawn, highlighted, active, frame: DEFAULT_BOUNDS, unitsPerPixel: 1 });
  return { layers, scene };
}

const flat = (nodes: readonly SceneNode[]): SceneNode[] =>
  nodes.flatMap((node) => [node, ...flat(node.children ?? [])]);

describe.each<[string, Selection]>([
  ['nothing selected', null],
  ['a claim', { kind: 'claim', id: 'russian-base' }],
  ['a region', { kind: 'region', id: 'nagorno-karabakh' }],
  ['a line', { kind: 'relation', id: 'ankara-baku-backing' }],
])('live map and picture draw the same with %s', (_name, selection) => {
  const { layers, scene } = viewOf(selection);
  const nodes = flat(scene.nodes);

  test('regions: fill opacity, outline width and opacity', () => {
    const regions = nodes.filter((node) => node.attributes['data-svg-region'] !== undefined);
    expect(regions.length).toBeGreaterThan(2);
    for (const node of regions) {
      const region = String(node.attributes['data-svg-region']);
      const disputed = drawn.disputed.some((feature) =>
        geo.regions.features.some((f) => f.properties.id === feature && f.properties.region === region),
      );
      const [fill, outline] = disputed ? ['disputed-fill', 'disputed-outline'] : ['country-fill', 'country-outline'];
      const properties = { region };
      expect(paint(layers, fill, 'fill-opacity', properties)).toBe(node.attributes['fillOpacity']);
      expect(paint(layers, outline, 'line-width', properties)).toBe(node.attributes['strokeWidth']);
      expect(paint(layers, outline, 'line-opacity', properties)).toBe(node.attributes['strokeOpacity']);
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
      expect(paint(layers, layer, 'line-color', properties)).toBe(stroke?.attributes['stroke']);
      // The picture rounds its sizes to a tenth of a unit.
      const width = Number(paint(layers, layer, 'line-width', properties));
      expect(Math.abs(width - Number(stroke?.attributes['strokeWidth']))).toBeLessThanOrEqual(0.051);
      expect(paint(layers, layer, 'line-opacity', properties)).toBeCloseTo(
        Number(stroke?.attributes['strokeOpacity']),
        2,
      );
      expect(paint(layers, 'relation-hit', 'line-width', properties)).toBe(hit?.attributes['strokeWidth']);
    }
  });
});
