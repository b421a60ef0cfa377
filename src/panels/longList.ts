// A long list draws its first rows and the chosen one; the rest wait behind a button. A 1,000-claim story otherwise put
// thousands of buttons in the page, each laid out and kept up to date. Pure.

export const FIRST_ROWS = 50;

/** The rows to draw: all of them, or the first FIRST_ROWS and any chosen row after them. */
export function rowsShown<T>(rows: readonly T[], all: boolean, chosen: (row: T) => boolean): readonly T[] {
  return all || rows.length <= FIRST_ROWS ? rows : rows.filter((row, index) => index < FIRST_ROWS || chosen(row));
}
