// Everything the editor says about a draft: the checker's errors, the very ones `npm run story:check` reports (they
// block the download), and the editor's warnings about wording (they don't). Pure.
import { validateStoryText, type ValidationProblem } from '../../story/validate/validateStory';
import { articleParts, type ArticleText } from './article';
import { readDocument, valueAt } from './document';
import { copiedRun, COPIED_RUN_WORDS, MAX_QUOTE_WORDS, quoteTooLong, wordsOf } from './wording';

export type DraftProblem = ValidationProblem & { severity: 'error' | 'warning' };
export type DraftReport = { problems: DraftProblem[]; errors: number; warnings: number; omitted: number };

/** The checker's inputs beyond the text: the built region outlines and the codes that have a country file. */
export type CheckerData = { regionFile: unknown; countryCodes: ReadonlySet<string> };

export function checkDraft(text: string, article: ArticleText, data: CheckerData | null): DraftReport {
  const checked = validateStoryText(text, data?.regionFile, data?.countryCodes);
  const errors: DraftProblem[] = checked.ok
    ? []
    : checked.problems.map((problem) => ({ ...problem, severity: 'error' }));
  const warnings = wordingWarnings(readDocument(text), article);
  return {
    problems: [...errors, ...warnings],
    errors: errors.length + (checked.ok ? 0 : checked.omitted),
    warnings: warnings.length,
    omitted: checked.ok ? 0 : checked.omitted,
  };
}

const stringAt = (document: unknown, path: (string | number)[]): string => {
  const value = valueAt(document, path);
  return typeof value === 'string' ? value : '';
};

/** Quotes too long, quotes not found word for word in their parts, and claims that copy the article. */
function wordingWarnings(document: unknown, article: ArticleText): DraftProblem[] {
  const claims = valueAt(document, ['claims']);
  if (!Array.isArray(claims)) return [];
  const parts = articleParts(article);
  const texts = parts.map((part) => part.text);
  return claims.flatMap((_, index): DraftProblem[] => {
    const warnings: DraftProblem[] = [];
    const warn = (field: string, message: string) =>
      warnings.push({ path: `claims.${index}.${field}`, message, severity: 'warning' });
    const quote = stringAt(document, ['claims', index, 'quote']);
    const text = stringAt(document, ['claims', index, 'text']);
    if (quoteTooLong(quote))
      warn('quote', `has ${wordsOf(quote).length} words: keep a quote to ${MAX_QUOTE_WORDS} words or fewer`);
    const cited = valueAt(document, ['claims', index, 'parts']);
    const citedText = parts.filter((part) => Array.isArray(cited) && cited.includes(part.id)).map((part) => part.text);
    if (quote !== '' && citedText.length > 0 && !citedText.some((part) => containsWords(part, quote)))
      warn('quote', 'is not found word for word in the paragraphs the claim cites');
    const run = copiedRun(text, texts, quote);
    if (run !== null)
      warn(
        'text',
        `repeats ${wordsOf(run).length} words of the article in a row (${COPIED_RUN_WORDS} or more is copying): “${run}”. Say it in your own words, or quote it.`,
      );
    return warnings;
  });
}

const containsWords = (part: string, quote: string) =>
  ` ${wordsOf(part).join(' ')} `.includes(` ${wordsOf(quote).join(' ')} `);
