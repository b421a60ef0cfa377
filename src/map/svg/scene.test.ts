import { describe, expect, test } from 'vitest';
import { relationLines } from '../../geometry/relationLines';
import { loadShippedGeo } from '../../geometry/fixtures/shippedGeo';
import { loadShippedStory } from '../../story/fixtures/shippedStory';
import { elementsOf, NO_ELEMENTS } from '../../story/claimLinks';
import { storyOn } from '../../time/validity';
import { homeBounds } from '../model/home';
import { buildScene, frameBox, geometryPath, SCENE_ZOOM, scenePoint, unitsPerPixelAt, type SceneNode } from './scene';
import { sceneToSvg } from './svgString';

/** The shipped story's home view. */
const DEFAULT_BOUNDS = homeBounds(loadShippedStory(), loadShippedGeo());

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

describe('geometryPath', () => {
  // The absolute points a path's relative steps add up to, ring by ring.
  function pointsOf(d: string): [number, number][][] {
    return [...d.matchAll(/M([-\d.]+),([-\d.]+)(?:l([^MZ]*))?/g)].map(([, x = '0', y = '0', steps = '']) => {
      const ring: [number, number][] = [[Number(x), Number(y)]];
      for (const step of steps.trim().split(' ').filter(Boolean)) {
        const [dx = 0, dy = 0] = step.split(',').map(Number);
        const [px = 0, py = 0] = ring.at(-1) ?? [];
        ring.push([px + dx, py + dy]);
      }
      return ring;
    });
  }

  test('steps from point to point land on every rounded vertex, with no drift along the longest ring', () => {
    const feature = geo.context.features.find((candidate) => candidate.geometry.type === 'MultiPolygon');
    if (feature?.geometry.type !== 'MultiPolygon') throw new Error('the basemap has no multipolygon');
    const rings = feature.geometry.coordinates.flat();
    const drawn = pointsOf(geometryPath(feature.geometry));
    expect(drawn).toHaveLength(rings.length);
    rings.forEach((ring, index) => {
      const expected = ring
        .map(([lng = 0, lat = 0]) => scenePoint([lng, lat]))
        .filter((point, at, all) => at === 0 || point.join() !== all[at - 1]?.join());
      const got = drawn[index] ?? [];
      expect(got).toHaveLength(expected.length);
      got.forEach(([x, y], at) => {
        expect(x).toBeCloseTo(expected[at]?.[0] ?? NaN, 6);
        expect(y).toBeCloseTo(expected[at]?.[1] ?? NaN, 6);
      });
    });
  });

  test('a ring closes, a line stays open, and an empty geometry draws nothing', () => {
    expect(
      geometryPath({
        type: 'Polygon',
        coordinates: [
          [
            [44, 40],
            [45, 40],
            [45, 41],
            [44, 40],
          ],
        ],
      }),
    ).toMatch(/^M[^Z]+Z$/);
    expect(
      geometryPath({
        type: 'LineString',
        coordinates: [
          [44, 40],
          [45, 41],
        ],
      }),
    ).not.toContain('Z');
    expect(geometryPath({ type: 'LineString', coordinates: [] })).toBe('');
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
