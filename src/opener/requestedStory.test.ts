// @vitest-environment jsdom
// ?story= opens another story in place of the default, or reports why not and keeps the default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import type { GeoData } from '../geometry/geoData';
import { createAppStore, type AppStore } from '../state/store';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { openRequestedStory } from './requestedStory';

const publicDir = join(import.meta.dirname, '../../public');
const exampleText = readFileSync(join(publicDir, 'stories/karabakh-2023.json'), 'utf8');
const geo = {
  regions: loadShippedGeo().regions,
  context: { type: 'FeatureCollection', features: [] },
} satisfies GeoData;

function serve(body: string, status = 200) {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(body, { status })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('?story=', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore();
    store.getState().loaded(loadShippedStory(), geo);
    store.getState().select({ kind: 'claim', id: 'area' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('without it, the default story stays', async () => {
    const fetchMock = serve(exampleText);
    await openRequestedStory(store, '');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(store.getState().data.status === 'ready' && store.getState().data).toMatchObject({
      story: { id: 'karabakh-2020' },
    });
  });

  test('a good story replaces the default and starts from its default view', async () => {
    const fetchMock = serve(exampleText);
    await openRequestedStory(store, '?story=stories/karabakh-2023.json');
    expect(fetchMock).toHaveBeenCalledWith(new URL('stories/karabakh-2023.json', window.location.href).href, {
      credentials: 'same-origin',
    });
    expect(store.getState()).toMatchObject({ data: { story: { id: 'karabakh-2023' } }, selection: null, report: null });
  });

  test('a bad story is reported with its lines, and the default stays', async () => {
    serve('{\n  "version": 2\n}');
    await openRequestedStory(store, '?story=bad.json');
    const { data, report, selection } = store.getState();
    expect(data.status === 'ready' && data.story.id).toBe('karabakh-2020');
    expect(selection).toEqual({ kind: 'claim', id: 'area' });
    expect(report?.title).toBe('The story at “bad.json” could not be opened');
    expect(report?.problems[0]).toEqual({ path: 'version', message: 'must be 1', line: 2, column: 14 });
  });

  test('a missing file names the HTTP status', async () => {
    serve('not found', 404);
    await openRequestedStory(store, '?story=gone.json');
    expect(store.getState().report?.problems).toEqual([{ path: '(root)', message: 'the server answered HTTP 404' }]);
  });

  test('another origin is refused before any request', async () => {
    const fetchMock = serve(exampleText);
    await openRequestedStory(store, '?story=https://elsewhere.example.com/story.json');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(store.getState().report?.problems[0]?.message).toMatch(
      /^stories from https:\/\/elsewhere\.example\.com are not allowed here/,
    );
  });
});
