// What every way in (the CLI, a `?story=` address, the file input, a drop) does with a story's bytes before reading
// its JSON: one rule for size, encoding and nesting, so one file gets one answer wherever it is opened. Pure.
import type { StoryProblem } from '../integrity';

/** Larger files are refused unread: a story is text and ids, its outlines live in the region file. */
export const MAX_STORY_BYTES = 2 * 1024 * 1024;
/** A story is about eight levels deep; far deeper nesting is a generated or hostile file, refused before parsing. */
export const MAX_NESTING = 64;

const ROOT = '(root)';
const count = new Intl.NumberFormat('en');

/** A byte count for people: "3.4 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Over the limit, with the exact numbers when rounding would make the two look alike ("2.0 MB; at most 2.0 MB"). */
export function sizeProblem(bytes: number): StoryProblem | null {
  if (bytes <= MAX_STORY_BYTES) return null;
  const limit = `${formatBytes(MAX_STORY_BYTES)} (${count.format(MAX_STORY_BYTES)} bytes)`;
  const size =
    formatBytes(bytes) === formatBytes(MAX_STORY_BYTES)
      ? `${count.format(bytes)} bytes, ${count.format(bytes - MAX_STORY_BYTES)} over the limit`
      : formatBytes(bytes);
  return { path: ROOT, message: `the file is ${size}; a story may be at most ${limit}` };
}

/**
 * Bytes to text: UTF-8, with or without a byte-order mark. UTF-16 (by its byte-order mark, or the zero bytes of its
 * ASCII) and bytes that are not UTF-8 are refused with what to do about them.
 */
export function decodeStory(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: StoryProblem } {
  const tooBig = sizeProblem(bytes.length);
  if (tooBig) return { ok: false, problem: tooBig };
  const [first, second] = bytes;
  const utf16 =
    (first === 0xff && second === 0xfe) ||
    (first === 0xfe && second === 0xff) ||
    (bytes.length >= 2 && (first === 0 || second === 0));
  if (utf16)
    return {
      ok: false,
      problem: { path: ROOT, message: 'is UTF-16 text; a story must be UTF-8: save it again as UTF-8' },
    };
  try {
    // fatal: a wrong byte is reported, not turned into "�" somewhere in a name; the decoder drops a UTF-8 BOM.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: { path: ROOT, message: 'is not UTF-8 text (it has bytes no UTF-8 text has): save it again as UTF-8' },
    };
  }
}

/** Text as read elsewhere (a string already): the same rule for a leading byte-order mark. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The offset where nesting first goes deeper than MAX_NESTING, or -1. One pass, no recursion, strings skipped. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      if (++depth > MAX_NESTING) return index;
    } else if (code === 125 || code === 93) depth--;
  }
  return -1;
}
