// Loading the story and the map data: each way it can go wrong ends in a titled message, never an exception.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readShippedMapJson } from '../geometry/fixtures/shippedGeo';
import { readShippedStoryJson, SHIPPED_STORY_URL } from '../story/fixtures/shippedStory';
import { DETAIL_URL, WORLD_URL } from '../shipped/paths';
import { loadData } from './loadData';

/** Serves the shipped files, with `bodies` in place of some of them (by URL; null: HTTP 404). */
function serve(bodies: Record<string, string | null> = {}) {
  const shipped = readShippedMapJson();
  const files: Record<string, string | null> = {
    [SHIPPED_STORY_URL]: JSON.stringify(readShippedStoryJson()),
    [DETAIL_URL]: JSON.stringify(shipped.detail),
    [WORLD_URL]: JSON.stringify(shipped.world),
    ...bodies,
  };
  vi.stubGlobal('fetch', (url: string) => {
    const body = files[url] ?? null;
    return Promise.resolve(body === null ? new Response('', { status: 404 }) : new Response(body, { status: 200 }));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadData', () => {
  test('decodes the shipped topologies into the regions and the basemap', async () => {
    serve();
    const result = await loadData();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.geo.regions.features).toHaveLength(5);
    expect(new Set(result.geo.context.features.map((f): unknown => f.properties?.['layer']))).toEqual(
      new Set(['world', 'near', 'borders']),
    );
  });

  test('a file saved with a UTF-8 byte-order mark loads', async () => {
    serve({ [WORLD_URL]: `\uFEFF${JSON.stringify(readShippedMapJson().world)}` });
    expect((await loadData()).ok).toBe(true);
  });

  test('a damaged topology says what is wrong', async () => {
    const detail = structuredClone(readShippedMapJson().detail);
    if (typeof detail === 'object' && detail !== null) Reflect.set(detail, 'arcs', [[[0, 0]]]);
    serve({ [DETAIL_URL]: JSON.stringify(detail) });
    expect(await loadData()).toEqual({
      ok: false,
      title: 'The map data is damaged',
      problems: [{ path: '(root)', message: 'detail.topo.json: arc 0 is not a list of at least two [x, y] positions' }],
    });
  });

  test('the old GeoJSON in place of a topology is named as such', async () => {
    serve({ [WORLD_URL]: JSON.stringify({ type: 'FeatureCollection', features: [] }) });
    expect(await loadData()).toMatchObject({
      ok: false,
      title: 'The map data is damaged',
      problems: [{ message: 'world.topo.json is not a TopoJSON Topology' }],
    });
  });

  test('a missing file and a file that is not JSON', async () => {
    const messages = async () => {
      const result = await loadData();
      return result.ok ? [] : result.problems.map((problem) => problem.message);
    };
    serve({ [WORLD_URL]: '{"type":"Topology",' });
    const [notJson, ...others] = await messages();
    expect(others).toEqual([]);
    expect(notJson).toMatch(/^The world map \(data\/world\.topo\.json\) is not valid JSON/);
    serve({ [DETAIL_URL]: null });
    const [missing, ...more] = await messages();
    expect(more).toEqual([]);
    expect(missing).toMatch(
      /data\/detail\.topo\.json\) could not be loaded: the server answered HTTP 404\. Reload the page to try again\./,
    );
  });
});
