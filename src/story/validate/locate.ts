// Finds where in the JSON text a problem's path points, so messages can name a line and column.
import { findNodeAtLocation, type Node, type Segment } from 'jsonc-parser';

export type TextPosition = { line: number; column: number };

/** Turns a byte offset into a 1-based line and column. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
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
