import { describe, expect, test } from 'vitest';
import { relationLines } from '../../geometry/relationLines';
import { loadShippedGeo } from '../../geometry/fixtures/shippedGeo';
import { loadShippedStory } from '../../story/fixtures/shippedStory';
import { elementsOf, NO_ELEMENTS } from '../../story/claimLinks';
import { storyOn } from '../../time/validity';
import { DEFAULT_BOUNDS } from '../model/focus';
import { buildScene, frameBox, SCENE_ZOOM, scenePoint, unitsPerPixelAt, type SceneNode } from './scene';
import { sceneToSvg } from './svgString';

const story = loadShippedStory();
const geo = loadShippedGeo();
const lines = relationLines(story.relations, story.places).features;

function sceneFor(selection: Parameters<typeof elementsOf>[1], unitsPerPixel = 1) {
  const highlighted = selection ? elementsOf(story, selection) : NO_ELEMENTS;
  return buildScene({
    story,
    geo,
    lines,
    drawn: storyOn(story, story.article.eventDate),
    highlighted,
    active: selection !== null,
    frame: DEFAULT_BOUNDS,
    unitsPerPixel,
  });
}

const pinOf = (nodes: readonly SceneNode[], id: string): SceneNode[] =>
  nodes.find((node) => node.select?.selection.kind === 'place' && node.select.selection.id === id)?.children ?? [];

const selectable = (nodes: readonly SceneNode[]): string[] =>
  nodes.flatMap((node) => (node.select ? [`${node.select.selection.kind}:${node.select.selection.id}`] : []));

describe('buildScene', () => {
  test('sizes marks in screen pixels: three zoom levels out, a pin is eight times as many scene units, at the same place', () => {
    expect(unitsPerPixelAt(SCENE_ZOOM)).toBe(1);
    expect(unitsPerPixelAt(SCENE_ZOOM - 3)).toBe(8);
    const [dot, label] = pinOf(sceneFor(null).nodes, 'yerevan');
    const [farDot, farLabel] = pinOf(sceneFor(null, 8).nodes, 'yerevan');
    expect(farDot?.attributes['r']).toBe(Number(dot?.attributes['r']) * 8);
    expect(farLabel?.attributes['fontSize']).toBe(Number(label?.attributes['fontSize']) * 8);
    expect([farDot?.attributes['cx'], farDot?.attributes['cy']]).toEqual([
      dot?.attributes['cx'],
      dot?.attributes['cy'],
    ]);
  });

  test('makes every drawn region, every line and every pin selectable', () => {
    const picked = selectable(sceneFor(null).nodes);
    for (const region of story.regions) expect(picked).toContain(`region:${region.id}`);
    for (const relation of story.relations) expect(picked).toContain(`relation:${relation.id}`);
    for (const place of story.places) expect(picked).toContain(`place:${place.id}`);
  });

  test('frames the story box in scene units, north up', () => {
    const [x, y, width, height] = frameBox(DEFAULT_BOUNDS);
    expect(width).toBeGreaterThan(height);
    const [yerevanX, yerevanY] = scenePoint([44.52, 40.18]);
    expect(yerevanX).toBeGreaterThan(x);
    expect(yerevanX).toBeLessThan(x + width);
    expect(yerevanY).toBeGreaterThan(y);
    expect(yerevanY).toBeLessThan(y + height);
  });

  test('a selection lights what it names and dims the rest, as the map layers do', () => {
    const nodes = sceneFor({ kind: 'region', id: 'nagorno-karabakh' }).nodes;
    const opacityOf = (region: string) =>
      nodes.find((node) => node.attributes['data-svg-region'] === region)?.attributes['fillOpacity'];
    expect(opacityOf('nagorno-karabakh')).toBe(0.85);
    expect(opacityOf('armenia')).toBe(0.3);
  });
});

describe('the SVG for download', () => {
  test('stands alone with its namespace and title', () => {
    const svg = sceneToSvg(sceneFor(null), {}, 'A title & more');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>A title &amp; more</title>');
    expect(svg).toContain('stroke-width=');
  });
});
