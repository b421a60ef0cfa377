// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createAppStore } from '../state/store';
import { AppStoreContext } from '../state/react/useAppStore';
import { StoryReportPanel } from './StoryOpener';

afterEach(cleanup);

function renderPanel() {
  const store = createAppStore();
  render(
    <AppStoreContext.Provider value={store}>
      <StoryReportPanel />
    </AppStoreContext.Provider>,
  );
  return store;
}

describe('the report of a story that did not open', () => {
  test('lists each problem with its line and path, as text', () => {
    const store = renderPanel();
    act(() =>
      store.getState().reported({
        title: 'The file “x.json” is not a story',
        problems: [{ path: 'claims.0.text', message: 'must be <b>text</b>', line: 7 }],
      }),
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe('line 7: claims.0.text: must be <b>text</b>');
    expect(item.querySelector('b')).toBeNull();
  });

  test('lists the first 30 of many and says how many more', () => {
    const store = renderPanel();
    const problems = Array.from({ length: 42 }, (_, index) => ({ path: `facts.${index}.id`, message: 'is missing' }));
    act(() => store.getState().reported({ title: 'Broken', problems }));
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
    expect(screen.getByRole('alert').textContent).toContain('…and 12 more: npm run story:check lists them all.');
  });

  test('counts the problems validation did not list', () => {
    const store = renderPanel();
    const problems = Array.from({ length: 100 }, (_, index) => ({ path: `facts.${index}.id`, message: 'is missing' }));
    act(() => store.getState().reported({ title: 'Broken', problems, omitted: 5_100 }));
    expect(screen.getByRole('alert').textContent).toContain('…and 5170 more: npm run story:check lists them all.');
  });

  test('offers to try again when the download failed, not when the file is wrong', () => {
    const store = renderPanel();
    act(() =>
      store
        .getState()
        .reported({ title: 'Slow', problems: [{ path: '(root)', message: 'timed out' }], retry: 'x.json' }),
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    act(() => store.getState().reported({ title: 'Broken', problems: [{ path: '(root)', message: 'is empty' }] }));
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('goes away when dismissed', () => {
    const store = renderPanel();
    act(() =>
      store.getState().reported({ title: 'Broken', problems: [{ path: '(root)', message: 'the file is empty' }] }),
    );
    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.getState().report).toBeNull();
  });
});
