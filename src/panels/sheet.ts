// The phone layout's bottom sheet: three resting heights, and which one a drag ends in. Pure, so it is tested without a browser.

export type SheetState = 'closed' | 'half' | 'full';

/** Resting heights in CSS pixels for a viewport: a peek of the handle, half the screen, all but a strip of map. */
export function sheetHeights(viewportHeight: number): Record<SheetState, number> {
  return { closed: 64, half: Math.round(viewportHeight * 0.5), full: Math.max(64, viewportHeight - 64) };
}

/** A drag shorter than this is a tap on the handle. */
export const DRAG_THRESHOLD_PX = 8;

/** Where a drag comes to rest: the resting height nearest to where the finger let go. */
export function restingState(height: number, viewportHeight: number): SheetState {
  const heights = sheetHeights(viewportHeight);
  const states: SheetState[] = ['closed', 'half', 'full'];
  return states.reduce((best, state) =>
    Math.abs(heights[state] - height) < Math.abs(heights[best] - height) ? state : best,
  );
}

/** A tap on the handle: a closed sheet opens halfway, an open one closes. */
export function toggledState(state: SheetState): SheetState {
  return state === 'closed' ? 'half' : 'closed';
}

/** The sheet's height while dragging, kept between the peek and the full height. */
export function draggedHeight(startHeight: number, deltaY: number, viewportHeight: number): number {
  const { closed, full } = sheetHeights(viewportHeight);
  return Math.min(full, Math.max(closed, startHeight - deltaY));
}
