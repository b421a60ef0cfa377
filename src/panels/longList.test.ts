import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, rowsShown } from './longList';

const rows = Array.from({ length: FIRST_ROWS + 30 }, (_, index) => index);

describe('rowsShown', () => {
  it('draws a short list whole', () => {
    const short = rows.slice(0, FIRST_ROWS);
    expect(rowsShown(short, false, () => false)).toEqual(short);
  });

  it('draws the first rows of a long one, and a chosen row after them in its place', () => {
    expect(rowsShown(rows, false, () => false)).toEqual(rows.slice(0, FIRST_ROWS));
    expect(rowsShown(rows, false, (row) => row === FIRST_ROWS + 20)).toEqual([
      ...rows.slice(0, FIRST_ROWS),
      FIRST_ROWS + 20,
    ]);
  });

  it('draws every row once the reader asked for all', () => {
    expect(rowsShown(rows, true, () => false)).toEqual(rows);
  });
});
