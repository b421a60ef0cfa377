import { beforeEach, describe, expect, test } from 'vitest';
import type { GeoData } from '../geometry/geoData';
import { createAppStore, type AppStore } from '../state/store';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { connectToHost, type EmbedWindow } from './connect';
import type { MapMessage } from './protocol';

const emptyGeo: GeoData = {
  regions: { type: 'FeatureCollection', features: [] },
  context: { type: 'FeatureCollection', features: [] },
};

/** A fake iframe window: records what it posts to its parent and lets the test deliver message events. */
function fakeFrame(search = '?embed=1') {
  const posted: { message: MapMessage; targetOrigin: string }[] = [];
  const parent = {
    postMessage: (message: MapMessage, targetOrigin: string) => void posted.push({ message, targetOrigin }),
  };
  let listener: ((event: MessageEvent) => void) | null = null;
  const win: EmbedWindow = {
    parent,
    location: { search },
    addEventListener: (_, handler) => void (listener = handler),
    removeEventListener: () => void (listener = null),
  };
  const deliver = (data: unknown, source: unknown = parent, origin = 'https://news.example') =>
    listener?.({ data, source, origin } as MessageEvent);
  let reportHeight: (height: number) => void = () => {};
  const observeHeight = (report: (height: number) => void) => {
    reportHeight = report;
    return () => {};
  };
  return { win, parent, posted, deliver, observeHeight, height: (value: number) => reportHeight(value) };
}

describe('the map inside a host page', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore();
    store.getState().loaded(loadShippedStory(), emptyGeo);
  });

  test('says it is ready with its selection, then follows focus and clear from its parent', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    expect(frame.posted.map((post) => post.message.type)).toEqual(['conflict-map:ready', 'conflict-map:select']);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'talks-offer' });
    expect(store.getState().selection).toEqual({ kind: 'claim', id: 'talks-offer' });
    expect(frame.posted.at(-1)).toEqual({
      message: { type: 'conflict-map:select', version: 1, kind: 'claim', id: 'talks-offer' },
      targetOrigin: '*',
    });
    frame.deliver({ type: 'conflict-map:clear', version: 1 });
    expect(store.getState().selection).toBeNull();
  });

  test('reports selections made in the map and its height, once per change', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    store.getState().select({ kind: 'region', id: 'armenia' });
    frame.height(640.2);
    frame.height(640.6);
    frame.height(702);
    expect(frame.posted.slice(2).map((post) => post.message)).toEqual([
      { type: 'conflict-map:select', version: 1, kind: 'region', id: 'armenia' },
      { type: 'conflict-map:resize', version: 1, height: 641 },
      { type: 'conflict-map:resize', version: 1, height: 702 },
    ]);
  });

  test('an unknown id falls back to the default view with a notice, like a link', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    store.getState().select({ kind: 'claim', id: 'area' });
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'no-such-claim' });
    expect(store.getState().selection).toBeNull();
    expect(store.getState().notice).toEqual({ unknown: [{ kind: 'claim', id: 'no-such-claim' }], badDate: null });
  });

  test('ignores other frames, malformed messages and, with ?host=, other origins', () => {
    const frame = fakeFrame('?embed=1&host=https://news.example');
    connectToHost(store, frame.win, frame.observeHeight);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' }, {});
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' }, frame.parent, 'https://evil.example');
    frame.deliver({ type: 'conflict-map:focus', version: 2, claim: 'area' });
    frame.deliver('conflict-map:focus claim=area');
    expect(store.getState().selection).toBeNull();
    expect(frame.posted.every((post) => post.targetOrigin === 'https://news.example')).toBe(true);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' });
    expect(store.getState().selection).toEqual({ kind: 'claim', id: 'area' });
  });

  test('a ?host= that is not an origin: neither listens nor posts', () => {
    const frame = fakeFrame('?embed=1&host=news.example');
    connectToHost(store, frame.win, frame.observeHeight);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' });
    expect(store.getState().selection).toBeNull();
    expect(frame.posted).toEqual([]);
  });
});
