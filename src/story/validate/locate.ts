// Finds where in the JSON text a problem's path points, so messages can name a line and column.
import { findNodeAtLocation, type Node, type Segment } from 'jsonc-parser';

export type TextPosition = { line: number; column: number };

/** Where each line of `text` starts: made once per file, so each position costs a binary search, not a rescan. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** Turns an offset into a 1-based line and column, given the text's `lineStarts`. */
export function positionIn(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  // The last line starting at or before the offset.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** One position in a text (for many, make `lineStarts` once and use `positionIn`). */
export function positionAt(text: string, offset: number): TextPosition {
  return positionIn(lineStarts(text.slice(0, offset)), offset);
}

function toSegments(path: string): Segment[] {
  if (path === '(root)' || path === '') return [];
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The deepest node of `tree` along `path`: a missing field points at the object that lacks it. */
export function nodeForPath(tree: Node, path: string): Node {
  const segments = toSegments(path);
  for (let length = segments.length; length > 0; length--) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node) return node;
  }
  return tree;
}
