// @vitest-environment jsdom
// The first view the build puts in the page: the app's own markup, allowed by the page's policy, and taken over by
// React in place, without a mismatch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Root } from './app/Root';
import { loadShippedGeo, readShippedMapJson } from './geometry/fixtures/shippedGeo';
import { withStoryGeometry } from './network/countries';
import { renderFirstView } from './prerender';
import { parseStory } from './story/parse';
import { DETAIL_URL, WORLD_URL } from './shipped/paths';
import { createAppStore } from './state/store';
import { loadShippedStory, readShippedStoryJson, SHIPPED_STORY_URL } from './story/fixtures/shippedStory';

const story = loadShippedStory();
const map = readShippedMapJson();
const shipped: Record<string, unknown> = {
  [SHIPPED_STORY_URL]: readShippedStoryJson(),
  [DETAIL_URL]: map.detail,
  [WORLD_URL]: map.world,
};
const { html } = await renderFirstView((url) => shipped[url], SHIPPED_STORY_URL);

// React's act() outside a test renderer, and a scrollTo jsdom does not have (the panel scrolls a new card into view).
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
Element.prototype.scrollTo = () => undefined;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the first view', () => {
  test('writes only letters and punctuation that system UI fonts carry: its icons are drawn', () => {
    // A character the reader's font lacks is looked for in every other font (a slow first frame) or shown as a box.
    const text = new DOMParser().parseFromString(html, 'text/html').body.textContent;
    const carried = (code: number) => code <= 0x24f || (code >= 0x2010 && code <= 0x2027);
    const others = [...new Set(text)].filter((char) => !carried(char.charCodeAt(0)));
    expect(others).toEqual([]);
  });

  test('is markup the page’s policy allows: no style attributes, scripts or inline handlers', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style|<script|\son[a-z]+=/i);
  });

  test('holds the map picture with every pin, the article’s header and every claim as a button', () => {
    document.body.innerHTML = `<div id="root">${html}</div>`;
    for (const place of story.places) expect(document.querySelector(`[data-svg-place="${place.id}"]`)).not.toBeNull();
    expect(document.querySelector('.panel h2')?.textContent).toBe(story.article.title);
    const claims = [...document.querySelectorAll('button[data-claim]')];
    expect(claims.map((claim) => claim.getAttribute('data-claim'))).toEqual(story.claims.map((claim) => claim.id));
    expect(claims[0]?.textContent).toContain(story.claims[0]?.text);
  });

  test('is taken over by the app in place: the same elements, no mismatch reported', () => {
    document.body.innerHTML = `<div id="root">${html}</div>`;
    const root = document.getElementById('root');
    if (!root) throw new Error('no #root');
    const title = root.querySelector('.panel h2');
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const store = createAppStore({ data: { status: 'ready', story, geo: loadShippedGeo() } });
    act(() => {
      hydrateRoot(root, <Root store={store} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    // Taken over, not drawn again: the element painted first is the one React now owns.
    expect(root.querySelector('.panel h2')).toBe(title);
    act(() => {
      root.querySelector<HTMLButtonElement>(`[data-claim="${story.claims[1]?.id ?? ''}"]`)?.click();
    });
    expect(root.querySelector(`[data-claim="${story.claims[1]?.id ?? ''}"]`)?.getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});

describe('the first view of a story drawn from countries', () => {
  // The build's default may be such a story (DEFAULT_STORY): its first view must be what the app draws once it has
  // fetched the story's countries and their neighbours, or React throws the page away and draws it again.
  const publicFile = (url: string): unknown =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../public', url), 'utf8'));
  const STORY_URL = 'stories/thailand-cambodia-2025.json';

  test('is taken over with the map data the app loads: no mismatch reported', async () => {
    const first = await renderFirstView(publicFile, STORY_URL);
    const parsed = parseStory(publicFile(STORY_URL));
    if (!parsed.ok) throw new Error('the example story has problems');
    // What the app loads: the built map data, then the story's countries and neighbours, file by file.
    const geo = await withStoryGeometry(parsed.story, loadShippedGeo(), (url) => Promise.resolve(publicFile(url)));
    expect(geo.names?.length).toBeGreaterThan(0);
    document.body.innerHTML = `<div id="root">${first.html}</div>`;
    const root = document.getElementById('root');
    if (!root) throw new Error('no #root');
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    const store = createAppStore({ data: { status: 'ready', story: parsed.story, geo } });
    act(() => {
      hydrateRoot(root, <Root store={store} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });
});
