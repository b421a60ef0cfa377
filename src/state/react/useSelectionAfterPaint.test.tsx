// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createAppStore } from '../store';
import { AppStoreContext } from './useAppStore';
import { useSelectionAfterPaint } from './useSelectionAfterPaint';

const renders: string[] = [];
function Shown({ priority }: { priority: 'next' | 'transition' }) {
  const selection = useSelectionAfterPaint(priority);
  renders.push(selection?.id ?? 'none');
  return <p>{selection?.id ?? 'none'}</p>;
}

function renderShown(priority: 'next' | 'transition') {
  const store = createAppStore({ selection: { kind: 'claim', id: 'first' } });
  const { container } = render(
    <AppStoreContext.Provider value={store}>
      <Shown priority={priority} />
    </AppStoreContext.Provider>,
  );
  return { store, container };
}

const nextFrame = () =>
  act(() => {
    vi.advanceTimersToNextFrame();
  });
// The fake clock runs a zero-delay timer queued inside a frame on its next tick.
const taskAfterFrame = () =>
  act(() => {
    vi.advanceTimersByTime(1);
  });

beforeEach(() => {
  renders.length = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

test('next: a pick renders nothing in its own task, and shows in the task after the next frame', () => {
  const { store, container } = renderShown('next');
  expect(container.textContent).toBe('first');
  renders.length = 0;
  act(() => store.getState().select({ kind: 'claim', id: 'second' }));
  expect(renders).toEqual([]);
  nextFrame();
  expect(container.textContent).toBe('first');
  taskAfterFrame();
  expect(container.textContent).toBe('second');
});

test('transition: a pick shows a frame after the card, in the task after the frame after next', () => {
  const { store, container } = renderShown('transition');
  renders.length = 0;
  act(() => store.getState().select({ kind: 'claim', id: 'second' }));
  expect(renders).toEqual([]);
  nextFrame();
  taskAfterFrame();
  // The card renders here; the map not yet: the card's frame carries none of the map's work.
  expect(renders).toEqual([]);
  nextFrame();
  expect(container.textContent).toBe('first');
  taskAfterFrame();
  expect(container.textContent).toBe('second');
});

test('a newer pick before the frame replaces the older one, which is never rendered', () => {
  const { store, container } = renderShown('transition');
  act(() => store.getState().select({ kind: 'claim', id: 'second' }));
  act(() => store.getState().select({ kind: 'claim', id: 'third' }));
  nextFrame();
  taskAfterFrame();
  nextFrame();
  taskAfterFrame();
  expect(container.textContent).toBe('third');
  expect(renders).not.toContain('second');
});

test('transition: a newer pick while the map waits for the card’s frame replaces the older one', () => {
  const { store, container } = renderShown('transition');
  act(() => store.getState().select({ kind: 'claim', id: 'second' }));
  nextFrame();
  taskAfterFrame();
  act(() => store.getState().select({ kind: 'claim', id: 'third' }));
  for (let frame = 0; frame < 3; frame++) {
    nextFrame();
    taskAfterFrame();
  }
  expect(container.textContent).toBe('third');
  expect(renders).not.toContain('second');
});
