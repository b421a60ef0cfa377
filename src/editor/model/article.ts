// The article's text as the editor keeps it: working material in the draft, never written into the story. It is cut
// into numbered parts (¶1 …; a caption is C1 …), which is what claims cite. Pure.

/** The draft's copy of the article: its text, and which of its paragraphs are photo captions (by index). */
export type ArticleText = { text: string; captions: readonly number[] };

export type ArticlePart = { id: string; kind: 'paragraph' | 'caption'; text: string };

/** Paragraphs are the lines of the pasted text that have words on them (web pages paste one per line or with blank lines). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The parts with their ids: paragraphs and captions are numbered apart, as the story format counts them. */
export function articleParts(article: ArticleText): ArticlePart[] {
  let paragraphs = 0;
  let captions = 0;
  return paragraphsOf(article.text).map((text, index) =>
    article.captions.includes(index)
      ? { id: `C${++captions}`, kind: 'caption', text }
      : { id: `¶${++paragraphs}`, kind: 'paragraph', text },
  );
}
