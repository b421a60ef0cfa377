import { describe, expect, it } from 'vitest';
import { checkDraft } from './problems';
import { EMPTY_STORY } from './emptyStory';
import { append, setAt } from './document';

const ARTICLE = {
  text: 'Fighting broke out on Sunday along the line of contact, and both sides blamed each other.',
  captions: [],
};

describe('what the editor says about a draft', () => {
  it('reports the checker’s errors at their fields, with a count', () => {
    const report = checkDraft(EMPTY_STORY, { text: '', captions: [] }, null);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.problems.map((problem) => problem.path)).toContain('article.title');
    expect(report.problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('warns, apart from errors, about a copied run and a quote not in its paragraph', () => {
    const text = append(setAt(EMPTY_STORY, ['article', 'parts'], [{ id: '¶1', kind: 'paragraph' }]), ['claims'], {
      id: 'c',
      parts: ['¶1'],
      text: 'Fighting broke out on Sunday along the line of contact, the article says.',
      quote: 'broke out on Monday',
      elements: {},
      checks: [],
    });
    const warnings = checkDraft(text, ARTICLE, null).problems.filter((problem) => problem.severity === 'warning');
    expect(warnings.map((warning) => warning.path)).toEqual(['claims.0.quote', 'claims.0.text']);
    expect(warnings[1]?.message).toContain('fighting broke out on sunday along the line of contact');
  });
});
