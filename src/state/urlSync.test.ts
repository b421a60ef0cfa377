// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GeoData } from '../geometry/geoData';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { createAppStore, type AppStore } from './store';
import { syncStoreWithUrl } from './urlSync';

const emptyGeo: GeoData = {
  regions: { type: 'FeatureCollection', features: [] },
  context: { type: 'FeatureCollection', features: [] },
};

function popTo(hash: string) {
  window.history.replaceState(null, '', hash === '' ? window.location.pathname : hash);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('URL ⇄ store', () => {
  let store: AppStore;
  let disconnect: () => void;

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    store = createAppStore();
    store.getState().loaded(loadShippedStory(), emptyGeo);
  });
  afterEach(() => disconnect());

  it('restores a selection from the link it was opened with', () => {
    window.history.replaceState(null, '', '#claim=russian-base');
    disconnect = syncStoreWithUrl(store);
    expect(store.getState().selection).toEqual({ kind: 'claim', id: 'russian-base' });
    expect(store.getState().notice).toBeNull();
  });

  it('writes each selection to the hash as a new history entry', () => {
    disconnect = syncStoreWithUrl(store);
    const before = window.history.length;
    store.getState().select({ kind: 'region', id: 'nagorno-karabakh' });
    expect(window.location.hash).toBe('#region=nagorno-karabakh');
    store.getState().chooseDate('2020-11-10');
    expect(window.location.hash).toBe('#region=nagorno-karabakh&date=2020-11-10');
    store.getState().select({ kind: 'place', id: 'gyumri' });
    expect(window.location.hash).toBe('#place=gyumri&date=2020-11-10');
    expect(window.history.length).toBe(before + 3);
    store.getState().select(null);
    store.getState().chooseDate('2020-09-30');
    expect(store.getState().date).toBeNull();
    expect(window.location.hash).toBe('');
  });

  it('records a dragged slider as one history entry: the first day pushed, the later ones refining it', () => {
    disconnect = syncStoreWithUrl(store);
    const before = window.history.length;
    store.getState().chooseDate('2021-01-01');
    store.getState().chooseDate('2022-01-01', true);
    store.getState().chooseDate('2023-01-01', true);
    expect(window.location.hash).toBe('#date=2023-01-01');
    expect(window.history.length).toBe(before + 1);
    store.getState().select({ kind: 'region', id: 'armenia' });
    expect(window.history.length).toBe(before + 2);
  });

  it('follows the URL when the reader goes back or forward', () => {
    disconnect = syncStoreWithUrl(store);
    popTo('#relation=ankara-baku-backing&date=2024-06-01');
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'ankara-baku-backing' });
    expect(store.getState().date).toBe('2024-06-01');
    popTo('');
    expect(store.getState().selection).toBeNull();
    expect(store.getState().date).toBeNull();
  });

  it('shows the article’s day with a polite notice for a date that is no day', () => {
    disconnect = syncStoreWithUrl(store);
    for (const bad of ['2021-02-29', 'yesterday', '2021-6-1']) {
      popTo(`#region=armenia&date=${bad}`);
      expect(store.getState().selection).toEqual({ kind: 'region', id: 'armenia' });
      expect(store.getState().date).toBeNull();
      expect(store.getState().notice).toEqual({ unknown: [], badDate: bad });
      expect(window.location.hash).toBe('#region=armenia');
    }
  });

  it('turns an older link’s outline into a day on which that outline is drawn, in place', () => {
    window.history.replaceState(null, '', '#region=nagorno-karabakh&outline=post-2020');
    const before = window.history.length;
    disconnect = syncStoreWithUrl(store);
    expect(store.getState().date).toBe('2020-11-10');
    expect(window.location.hash).toBe('#region=nagorno-karabakh&date=2020-11-10');
    expect(window.history.length).toBe(before);
  });

  it('falls back to the default view with a polite notice for an unknown id', () => {
    window.history.replaceState(null, '', '#place=atlantis');
    disconnect = syncStoreWithUrl(store);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().notice).toEqual({ unknown: [{ kind: 'place', id: 'atlantis' }], badDate: null });
  });

  it('ignores an unknown outline with a notice but keeps a valid selection', () => {
    window.history.replaceState(null, '', '#region=armenia&outline=1066');
    disconnect = syncStoreWithUrl(store);
    expect(store.getState().selection).toEqual({ kind: 'region', id: 'armenia' });
    expect(store.getState().date).toBeNull();
    expect(store.getState().notice).toEqual({ unknown: [{ kind: 'outline', id: '1066' }], badDate: null });
  });

  it('Back after opening a file does not apply the old story’s view to the new story: it reloads the old one', () => {
    const reload = vi.fn();
    disconnect = syncStoreWithUrl(store, window, reload);
    store.getState().select({ kind: 'claim', id: 'area' });
    // A file opens (as openFile does): a new entry for the new story, then the story.
    window.history.pushState({ story: 'file:1' }, '', window.location.pathname);
    store.getState().replaceStory(loadShippedStory(), emptyGeo, 'file:1');
    store.getState().select({ kind: 'region', id: 'armenia' });
    // Back to the old story's entry.
    window.history.replaceState({ story: 'default' }, '', '#claim=area');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selection).toEqual({ kind: 'region', id: 'armenia' });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('an entry of a story from a file, which cannot be read again, is reported, not applied', () => {
    disconnect = syncStoreWithUrl(store, window, vi.fn());
    window.history.replaceState({ story: 'file:7' }, '', '#region=armenia');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().report?.title).toBe('That view belonged to a story opened from a file');
  });
});
