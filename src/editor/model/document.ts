// The draft's story is its file's text: every edit rewrites only the value it changes (jsonc-parser), so the rest of
// the file keeps its bytes, its key order and its formatting, and a story imported and exported unchanged is the same
// file. Pure.
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';

export type Path = readonly (string | number)[];

const FORMATTING = { tabSize: 2, insertSpaces: true, eol: '\n' } as const;

/** The story as a value, or null when the text is not JSON (a file opened to be fixed). */
export function readDocument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The value at a path of a read document, or undefined. */
export function valueAt(document: unknown, path: Path): unknown {
  let value = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Sets (or, with `undefined`, removes) the value at a path, creating the objects on the way. */
export function setAt(text: string, path: Path, value: unknown): string {
  return applyEdits(text, modify(text, [...path] as JSONPath, value, { formattingOptions: FORMATTING }));
}

/** Adds an item at the end of the list at `path` (the list is made if missing). */
export function append(text: string, path: Path, value: unknown): string {
  const list = valueAt(readDocument(text), path);
  if (!Array.isArray(list)) return setAt(text, path, [value]);
  return applyEdits(
    text,
    modify(text, [...path, list.length] as JSONPath, value, {
      formattingOptions: FORMATTING,
      isArrayInsertion: true,
    }),
  );
}

/** Removes the item or field at a path. */
export function removeAt(text: string, path: Path): string {
  return setAt(text, path, undefined);
}

/** A story file as the editor writes a new one: two-space JSON with a final newline. */
export function storyText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The dotted form the checker names a field by (`claims.0.text`). */
export const dotted = (path: Path): string => path.join('.');
