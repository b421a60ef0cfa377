import { describe, expect, it } from 'vitest';
import { draggedHeight, restingState, sheetHeights, toggledState } from './sheet';

const phone = 740;

describe('bottom sheet', () => {
  it('rests at a peek, half the screen, or all but a strip of map', () => {
    expect(sheetHeights(phone)).toEqual({ closed: 64, half: 370, full: 676 });
  });

  it.each([
    [40, 'closed'],
    [200, 'closed'],
    [230, 'half'],
    [500, 'half'],
    [560, 'full'],
    [900, 'full'],
  ] as const)('a drag let go at %i px rests %s', (height, state) => {
    expect(restingState(height, phone)).toBe(state);
  });

  it('toggles between closed and half, and closes from full', () => {
    expect(toggledState('closed')).toBe('half');
    expect(toggledState('half')).toBe('closed');
    expect(toggledState('full')).toBe('closed');
  });

  it('follows the finger up and down, within the peek and the full height', () => {
    expect(draggedHeight(370, -100, phone)).toBe(470);
    expect(draggedHeight(370, 100, phone)).toBe(270);
    expect(draggedHeight(370, 1000, phone)).toBe(64);
    expect(draggedHeight(370, -1000, phone)).toBe(676);
  });
});
