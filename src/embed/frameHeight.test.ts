import { describe, expect, test } from 'vitest';
import { INITIAL_HEIGHT_STATE, nextHeight, type HeightState, type Measure } from './frameHeight';

/** Feeds measures in turn; returns the heights reported. */
function run(measures: Measure[]): (number | null)[] {
  let state: HeightState = INITIAL_HEIGHT_STATE;
  return measures.map((measure) => {
    const next = nextHeight(state, measure);
    state = next.state;
    return next.report;
  });
}

describe('the height a frame reports', () => {
  test('grows and shrinks with its content at one width, in whole pixels, once per change', () => {
    expect(
      run([
        { height: 640.2, width: 800 },
        { height: 640.6, width: 800 },
        { height: 1500, width: 800 },
        { height: 640, width: 800 },
      ]),
    ).toEqual([641, null, 1500, 640]);
  });

  test('on a page at the edge of a scroll bar it settles instead of flipping between two heights', () => {
    // Wide: 503 px. The page's scroll bar comes and narrows the frame by 15 px: the map would be 494 px.
    const wide = { height: 503, width: 800 };
    const narrow = { height: 494, width: 785 };
    expect(run([wide, narrow, narrow, narrow])).toEqual([503, null, null, null]);
  });

  test('a shrink of the content itself, while a height is held, is reported', () => {
    expect(
      run([
        { height: 503, width: 800 },
        { height: 494, width: 785 },
        { height: 450, width: 785 },
      ]),
    ).toEqual([503, null, 450]);
  });

  test('a window made really narrower gives a shorter frame', () => {
    expect(
      run([
        { height: 503, width: 800 },
        { height: 320, width: 500 },
      ]),
    ).toEqual([503, 320]);
  });

  test('widening never holds a shrink back', () => {
    expect(
      run([
        { height: 700, width: 400 },
        { height: 640, width: 410 },
      ]),
    ).toEqual([700, 640]);
  });
});
