// @vitest-environment jsdom
// A selection redraws the rows it chooses and lets go, not the whole list: with a thousand claims, every row drawn again
// at each pick made picking slow. Rows are counted through the one child each row draws (mocked to count).
import { act, cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import type { Story } from '../story/model/schema';
import { createAppStore, type AppStore } from '../state/store';

const drawn = { claimRows: 0, lineRows: 0 };
const story = loadShippedStory();
let ClaimList: ComponentType<{ story: Story }>;
let MapIndex: ComponentType<{ story: Story }>;
// From the same (reset) registry as the lists, so that they read the same context.
let AppStoreContext: typeof import('../state/react/useAppStore').AppStoreContext;

beforeAll(async () => {
  // Mocked for this file only: the module registry is reset before and after (the unit tests share their workers).
  vi.resetModules();
  vi.doMock('./ClaimStatus', () => ({
    ClaimStatusFlag: () => {
      drawn.claimRows += 1;
      return null;
    },
  }));
  vi.doMock('./LineSwatch', () => ({
    LineSwatch: () => {
      drawn.lineRows += 1;
      return null;
    },
  }));
  ({ ClaimList } = await import('./ClaimList'));
  ({ MapIndex } = await import('./MapIndex'));
  ({ AppStoreContext } = await import('../state/react/useAppStore'));
});

afterAll(() => {
  vi.doUnmock('./ClaimStatus');
  vi.doUnmock('./LineSwatch');
  vi.resetModules();
});
afterEach(cleanup);

function renderWithStore(): AppStore {
  const store = createAppStore();
  render(
    <AppStoreContext.Provider value={store}>
      <ClaimList story={story} />
      <MapIndex story={story} />
    </AppStoreContext.Provider>,
  );
  return store;
}

test('picking a claim, then another, redraws one claim row, then two; no line row', () => {
  const store = renderWithStore();
  expect(drawn.claimRows).toBe(story.claims.length);
  expect(drawn.lineRows).toBe(story.relations.length);
  const [first, second] = story.claims;
  if (!first || !second) throw new Error('the story has two claims');
  Object.assign(drawn, { claimRows: 0, lineRows: 0 });
  act(() => store.getState().select({ kind: 'claim', id: first.id }));
  expect(drawn).toEqual({ claimRows: 1, lineRows: 0 });
  act(() => store.getState().select({ kind: 'claim', id: second.id }));
  expect(drawn).toEqual({ claimRows: 3, lineRows: 0 });
});

test('picking a line redraws its row in the map’s index, and no claim row', () => {
  const store = renderWithStore();
  const [line] = story.relations;
  if (!line) throw new Error('the story has a line');
  Object.assign(drawn, { claimRows: 0, lineRows: 0 });
  act(() => store.getState().select({ kind: 'relation', id: line.id }));
  expect(drawn).toEqual({ claimRows: 0, lineRows: 1 });
});
