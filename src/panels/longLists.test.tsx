// @vitest-environment jsdom
// A story with many claims and places: the lists draw their first rows, the chosen one, and a button for the rest.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import type { Story } from '../story/model/schema';
import { AppStoreContext } from '../state/react/useAppStore';
import { createAppStore, type AppStore } from '../state/store';
import { ClaimList } from './ClaimList';
import { FIRST_ROWS } from './longList';
import { MapIndex } from './MapIndex';

afterEach(cleanup);
// Each test renders 120-row lists in jsdom: about 1-1.5 s alone, over 5 s beside the linter and the type check as
// `npm test` runs them. A hang guard, not a speed limit.
vi.setConfig({ testTimeout: 30_000 });

const shipped = loadShippedStory();
const COUNT = 120;
const copies = <T extends { id: string }>(items: readonly T[]): T[] =>
  Array.from({ length: COUNT }, (_, index) => {
    const item = items[index % items.length];
    if (!item) throw new Error('the story has no items to copy');
    return { ...item, id: `${item.id}-${index}` };
  });
const story: Story = { ...shipped, claims: copies(shipped.claims), places: copies(shipped.places) };

const lists = (shown: Story, store: AppStore) => (
  <AppStoreContext.Provider value={store}>
    <ClaimList story={shown} />
    <MapIndex story={shown} />
  </AppStoreContext.Provider>
);

function renderLists() {
  const store = createAppStore();
  const { rerender } = render(lists(story, store));
  return { store, rerender: (next: Story) => rerender(lists(next, store)) };
}

const claimRows = () => document.querySelectorAll('[data-claim]');
const placeRows = () => document.querySelectorAll('[data-index^="place:"]');

test('a long claim list draws its first rows and the chosen one; the button draws the rest and takes the keyboard there', () => {
  const { store } = renderLists();
  expect(claimRows()).toHaveLength(FIRST_ROWS);
  const late = story.claims[COUNT - 1];
  if (!late) throw new Error('no last claim');
  act(() => store.getState().select({ kind: 'claim', id: late.id }));
  expect(claimRows()).toHaveLength(FIRST_ROWS + 1);
  expect(document.querySelector(`[data-claim="${late.id}"]`)?.getAttribute('aria-pressed')).toBe('true');
  fireEvent.click(screen.getByRole('button', { name: `Show the other ${COUNT - FIRST_ROWS - 1} claims` }));
  expect(claimRows()).toHaveLength(COUNT);
  expect(document.activeElement).toBe(claimRows()[FIRST_ROWS]);
  expect(screen.queryByRole('button', { name: /Show the other .* claims/ })).toBeNull();
});

test('a long group of the map index does the same, on its own', () => {
  renderLists();
  expect(placeRows()).toHaveLength(FIRST_ROWS);
  fireEvent.click(screen.getByRole('button', { name: `Show the other ${COUNT - FIRST_ROWS} places` }));
  expect(placeRows()).toHaveLength(COUNT);
  // The lines' group is short: it draws whole, with no button.
  expect(document.querySelectorAll('[data-index^="relation:"]')).toHaveLength(story.relations.length);
  expect(screen.queryByRole('button', { name: /Show the other .* lines/ })).toBeNull();
  expect(claimRows()).toHaveLength(FIRST_ROWS);
});

test('another story opened after "Show the other …" starts short again', () => {
  const { rerender } = renderLists();
  fireEvent.click(screen.getByRole('button', { name: /Show the other .* claims/ }));
  fireEvent.click(screen.getByRole('button', { name: /Show the other .* places/ }));
  expect(claimRows()).toHaveLength(COUNT);
  const next: Story = { ...story, claims: [...story.claims], places: [...story.places] };
  rerender(next);
  expect(claimRows()).toHaveLength(FIRST_ROWS);
  expect(placeRows()).toHaveLength(FIRST_ROWS);
});
