// @vitest-environment jsdom
// ?story= and files open another story as one load at a time: named while loading, reported with what failed (and a
// retry when trying again can help), cancelled by a newer choice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import type { GeoData } from '../geometry/geoData';
import { FILE_TIMEOUT_MS } from '../network/timeouts';
import { createAppStore, type AppStore } from '../state/store';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { openFile, openStoryLink } from './requestedStory';
import { stallFetch } from '../network/fixtures/stalledFetch';

const publicDir = join(import.meta.dirname, '../../public');
const exampleText = readFileSync(join(publicDir, 'stories/karabakh-2023.json'), 'utf8');
const geo = {
  regions: loadShippedGeo().regions,
  context: { type: 'FeatureCollection', features: [] },
} satisfies GeoData;

function serve(body: string, status = 200) {
  const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(() =>
    Promise.resolve(new Response(body, { status })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('opening a story from a link or a file', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore();
    store.getState().loaded(loadShippedStory(), geo);
    store.getState().select({ kind: 'claim', id: 'area' });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('a good story comes back; while it loads the page names it', async () => {
    const fetchMock = serve(exampleText);
    const opened = openStoryLink(store, 'stories/karabakh-2023.json', geo);
    expect(store.getState().opening).toEqual({ name: 'stories/karabakh-2023.json', source: 'link' });
    expect((await opened)?.story.id).toBe('karabakh-2023');
    expect(fetchMock.mock.calls[0]?.[0]).toBe(new URL('stories/karabakh-2023.json', window.location.href).href);
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'same-origin' });
    expect(store.getState()).toMatchObject({ opening: null, report: null });
  });

  test('a bad story is reported with its lines, and nothing to retry', async () => {
    serve('{\n  "version": 2\n}');
    expect(await openStoryLink(store, 'bad.json', geo)).toBeNull();
    const { report, opening } = store.getState();
    expect(opening).toBeNull();
    expect(report?.title).toBe('The story at “\u2068bad.json\u2069” could not be opened');
    expect(report?.problems[0]).toEqual({ path: 'version', message: 'must be 1', line: 2, column: 14 });
    expect(report?.retry).toBeUndefined();
  });

  test('a missing file names the HTTP status; a server error may be retried', async () => {
    serve('not found', 404);
    await openStoryLink(store, 'gone.json', geo);
    expect(store.getState().report).toMatchObject({
      problems: [{ path: '(root)', message: 'the server answered HTTP 404' }],
    });
    expect(store.getState().report?.retry).toBeUndefined();
    serve('busy', 503);
    await openStoryLink(store, 'busy.json', geo);
    expect(store.getState().report?.retry).toBe('busy.json');
  });

  test('a stalled request ends with a clear message and a retry', async () => {
    vi.useFakeTimers();
    stallFetch();
    const opened = openStoryLink(store, 'slow.json', geo);
    await vi.advanceTimersByTimeAsync(FILE_TIMEOUT_MS);
    expect(await opened).toBeNull();
    expect(store.getState().report).toMatchObject({
      problems: [{ message: 'it did not arrive within 30 seconds: the connection may be slow' }],
      retry: 'slow.json',
    });
    expect(store.getState().opening).toBeNull();
  });

  test('another origin is refused before any request', async () => {
    const fetchMock = serve(exampleText);
    await openStoryLink(store, 'https://elsewhere.example.com/story.json', geo);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(store.getState().report?.problems[0]?.message).toMatch(
      /^stories from https:\/\/elsewhere\.example\.com are not allowed here/,
    );
  });

  test('a file chosen while a link still loads wins: the link is abandoned, never shown, never reported', async () => {
    stallFetch();
    const link = openStoryLink(store, 'slow.json', geo);
    await openFile(store, new File([exampleText], 'mine.json'));
    expect(await link).toBeNull();
    const { data, report, opening, storySource } = store.getState();
    expect(data.status === 'ready' && data.story.id).toBe('karabakh-2023');
    expect({ report, opening, storySource }).toEqual({ report: null, opening: null, storySource: 'file:1' });
  });

  test('a bad file keeps the story shown and its view', async () => {
    await openFile(store, new File(['{}'], 'empty.json'));
    const { data, selection, report } = store.getState();
    expect(data.status === 'ready' && data.story.id).toBe('karabakh-2020');
    expect(selection).toEqual({ kind: 'claim', id: 'area' });
    expect(report?.title).toBe('The file “\u2068empty.json\u2069” is not a story the map can show');
  });
});
