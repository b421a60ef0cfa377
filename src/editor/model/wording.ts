// Whose words a claim uses. A claim is written in the editor's own words; the article's wording goes only into a
// short quote. Pure.

/** Quotes longer than this get a warning: a quote is a phrase whose exact wording matters, not a passage. */
export const MAX_QUOTE_WORDS = 12;
/** This many words in a row taken from the article, outside the quote, is copying. */
export const COPIED_RUN_WORDS = 8;

/** Words as compared: letters and digits, lower case, punctuation and curly quotes ignored. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

export const quoteTooLong = (quote: string): boolean => wordsOf(quote).length > MAX_QUOTE_WORDS;

/** The first run of COPIED_RUN_WORDS or more words of `text` that also stands, in that order, in one of `parts`; the
 * words of the claim's quote, where the claim repeats it, are not counted. Null when there is none. */
export function copiedRun(text: string, parts: readonly string[], quote = ''): string | null {
  // The claim's own words are what stands on either side of its quote: each side is checked on its own.
  const sides = wordsOf(quote).length === 0 ? [text] : text.split(new RegExp(quoteSpan(quote), 'iu'));
  const sources = parts.map((part) => ` ${wordsOf(part).join(' ')} `);
  let best: string | null = null;
  for (const side of sides) {
    const run = longestRun(wordsOf(side), sources);
    if (run !== null && (best === null || run.length > best.length)) best = run;
  }
  return best;
}

function longestRun(words: readonly string[], sources: readonly string[]): string | null {
  let best: string | null = null;
  for (let start = 0; start + COPIED_RUN_WORDS <= words.length; start++) {
    const found = (to: number) => {
      const run = ` ${words.slice(start, to).join(' ')} `;
      return sources.some((source) => source.includes(run));
    };
    let end = start + COPIED_RUN_WORDS;
    if (!found(end)) continue;
    while (end < words.length && found(end + 1)) end++;
    const run = words.slice(start, end).join(' ');
    if (best === null || run.length > best.length) best = run;
    start = end - 1;
  }
  return best;
}

/** A pattern for the quote as it may stand in the claim (any spacing and punctuation between its words). */
function quoteSpan(quote: string): string {
  return wordsOf(quote)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`[^\p{L}\p{N}]+`);
}
