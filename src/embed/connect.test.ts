import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { GeoData } from '../geometry/geoData';
import { createAppStore, type AppStore } from '../state/store';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { connectToHost, MAX_WAIT_MS, QUIET_MS, type EmbedWindow } from './connect';
import type { Measure } from './frameHeight';
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
  let reportSize: (size: Measure) => void = () => {};
  const observeHeight = (report: (size: Measure) => void) => {
    reportSize = report;
    return () => {};
  };
  return {
    win,
    parent,
    posted,
    deliver,
    observeHeight,
    height: (value: number) => reportSize({ height: value, width: 600 }),
  };
}

describe('the map inside a host page', () => {
  let store: AppStore;
  beforeEach(() => {
    vi.useFakeTimers();
    store = createAppStore();
    store.getState().loaded(loadShippedStory(), emptyGeo);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('says it is ready with its selection, then follows focus and clear from its parent', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    expect(frame.posted.map((post) => post.message.type)).toEqual(['conflict-map:ready', 'conflict-map:select']);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'talks-offer' });
    vi.advanceTimersByTime(QUIET_MS);
    expect(store.getState().selection).toEqual({ kind: 'claim', id: 'talks-offer' });
    expect(frame.posted.at(-1)).toEqual({
      message: { type: 'conflict-map:select', version: 1, kind: 'claim', id: 'talks-offer' },
      targetOrigin: '*',
    });
    frame.deliver({ type: 'conflict-map:clear', version: 1 });
    vi.advanceTimersByTime(QUIET_MS);
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
    vi.advanceTimersByTime(QUIET_MS);
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
    vi.runAllTimers();
    expect(store.getState().selection).toBeNull();
    expect(frame.posted.every((post) => post.targetOrigin === 'https://news.example')).toBe(true);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' });
    vi.runAllTimers();
    expect(store.getState().selection).toEqual({ kind: 'claim', id: 'area' });
  });

  test('a ?host= that is not an origin: neither listens nor posts', () => {
    const frame = fakeFrame('?embed=1&host=news.example');
    connectToHost(store, frame.win, frame.observeHeight);
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' });
    vi.runAllTimers();
    expect(store.getState().selection).toBeNull();
    expect(frame.posted).toEqual([]);
  });

  test('a burst of commands settles on the last one: one change of the store, one answer', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    const changes: unknown[] = [];
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) changes.push(state.selection);
    });
    const ids = ['area', 'talks-offer', 'status', 'landlocked'];
    for (let index = 0; index < 10_000; index++)
      frame.deliver({ type: 'conflict-map:focus', version: 1, claim: ids[index % ids.length] });
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(QUIET_MS);
    expect(changes).toEqual([{ kind: 'claim', id: 'landlocked' }]);
    expect(frame.posted.slice(2).map((post) => post.message)).toEqual([
      { type: 'conflict-map:select', version: 1, kind: 'claim', id: 'landlocked' },
    ]);
  });

  test('a steady stream still moves the map, at least every MAX_WAIT_MS', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    const ids = ['area', 'talks-offer'];
    for (let tick = 0; tick < MAX_WAIT_MS / 10; tick++) {
      frame.deliver({ type: 'conflict-map:focus', version: 1, claim: ids[tick % 2] });
      vi.advanceTimersByTime(10);
    }
    expect(frame.posted.slice(2).length).toBeGreaterThanOrEqual(1);
  });

  test('a command naming what is already shown is answered too', () => {
    const frame = fakeFrame();
    connectToHost(store, frame.win, frame.observeHeight);
    store.getState().select({ kind: 'claim', id: 'area' });
    const before = frame.posted.length;
    frame.deliver({ type: 'conflict-map:focus', version: 1, claim: 'area' });
    vi.advanceTimersByTime(QUIET_MS);
    expect(frame.posted.slice(before).map((post) => post.message)).toEqual([
      { type: 'conflict-map:select', version: 1, kind: 'claim', id: 'area' },
    ]);
  });
});
