// Text a link, a file or another page supplied, quoted back in the site's own messages. It is shortened (a notice is
// no place for a paragraph someone else wrote), stripped of control and direction-override characters, and isolated
// for bidirectional text, so it can neither pose as the site's own words nor reorder the sentence around it. Pure.

/** Ids and names are short; anything longer is cut here. */
const ECHO_LENGTH = 48;

// C0/C1 controls, and the marks and embeddings/overrides/isolates that reorder text.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** Plain, one-line, at most `max` characters (an ellipsis marks a cut). */
export function excerpt(text: string, max = ECHO_LENGTH): string {
  const plain = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** In quotation marks, isolated (U+2068 … U+2069): “…” whatever direction its script runs. */
export function echoed(text: string, max = ECHO_LENGTH): string {
  return `“\u2068${excerpt(text, max)}\u2069”`;
}
