// Which height the frame asks its page for. The map is taller when the frame is wider, so on a page a few pixels from
// needing a scroll bar, growing the frame brings the bar, the bar narrows the frame, the map shrinks, the bar goes, and
// so on ten times a second. A frame that only narrowed by about a scroll bar's width therefore keeps its height: the
// content a few pixels shorter than the frame is the one stable state.
export type Measure = { height: number; width: number };
/** What was last reported, and the shrink being held back (if any). */
export type HeightState = { reported: Measure | null; held: Measure | null };

/** Wider than any classic scroll bar (15–17 px), far narrower than a window being resized for real. */
const SCROLLBAR_ROOM = 24;

export const INITIAL_HEIGHT_STATE: HeightState = { reported: null, held: null };

/** The height to report for this measure (null: keep the last one), and the state to measure the next one against. */
export function nextHeight(state: HeightState, now: Measure): { report: number | null; state: HeightState } {
  const measure = { height: Math.ceil(now.height), width: now.width };
  const report = { report: measure.height, state: { reported: measure, held: null } };
  const { reported, held } = state;
  if (reported === null || measure.height > reported.height) return report;
  if (measure.height === reported.height) return { report: null, state: { reported, held: null } };
  const narrowedBy = reported.width - measure.width;
  // Shrinking further at the width it was held at is the content's own change (a panel closed): that one is real.
  const shrankWhileHeld = held !== null && held.width === measure.width && measure.height < held.height;
  if (narrowedBy > 0 && narrowedBy <= SCROLLBAR_ROOM && !shrankWhileHeld)
    return { report: null, state: { reported, held: measure } };
  return report;
}
