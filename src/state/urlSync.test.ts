// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/geoData';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { createAppStore, type AppStore } from './store';
import { syncStoreWithUrl } from './urlSync';

const emptyGeo: GeoData = { regions: { type: 'FeatureCollection', features: [] }, context: { type: 'FeatureCollection', features: [] } };

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
    store.getState().chooseOutline('post-2020');
    expect(window.location.hash).toBe('#region=nagorno-karabakh&outline=post-2020');
    store.getState().select({ kind: 'place', id: 'gyumri' });
    expect(window.location.hash).toBe('#place=gyumri&outline=post-2020');
    expect(window.history.length).toBe(before + 3);
    store.getState().select(null);
    store.getState().chooseOutline(null);
    expect(window.location.hash).toBe('');
  });

  it('follows the URL when the reader goes back or forward', () => {
    disconnect = syncStoreWithUrl(store);
    popTo('#relation=ankara-baku-backing');
    expect(store.getState().selection).toEqual({ kind: 'relation', id: 'ankara-baku-backing' });
    popTo('');
    expect(store.getState().selection).toBeNull();
  });

  it('falls back to the default view with a polite notice for an unknown id', () => {
    window.history.replaceState(null, '', '#place=atlantis');
    disconnect = syncStoreWithUrl(store);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().notice).toMatch(/no place called “atlantis”/);
  });

  it('ignores an unknown outline with a notice but keeps a valid selection', () => {
    window.history.replaceState(null, '', '#region=armenia&outline=1066');
    disconnect = syncStoreWithUrl(store);
    expect(store.getState().selection).toEqual({ kind: 'region', id: 'armenia' });
    expect(store.getState().outline).toBeNull();
    expect(store.getState().notice).toMatch(/no outline called “1066”/);
  });
});
