import { describe, expect, it } from 'vitest';
import { loadShippedStory, readShippedStoryJson } from './fixtures/shippedStory';
import { parseStory } from './parse';
import type { Story } from './model/schema';

function problemsAfter(breakIt: (story: Story) => void) {
  const story = structuredClone(loadShippedStory());
  breakIt(story);
  const result = parseStory(story);
  return result.ok ? [] : result.problems;
}

function relationIndex(story: Story, id: string): number {
  const index = story.relations.findIndex((relation) => relation.id === id);
  if (index < 0) throw new Error(`no relation ${id}`);
  return index;
}

describe('dates in a story', () => {
  it('the shipped story’s dates are consistent', () => {
    expect(parseStory(readShippedStoryJson()).ok).toBe(true);
  });

  it('rejects a date that is no day', () => {
    const problems = problemsAfter((story) => {
      const [first] = story.relations;
      if (first) first.validTo = '2023-02-30';
    });
    expect(problems).toEqual([{ path: 'relations.0.validTo', message: 'must be a date written YYYY-MM-DD' }]);
  });

  it('rejects a range that ends before it starts', () => {
    const problems = problemsAfter((story) => {
      const outline = story.regions[2]?.outlines[1];
      if (outline) outline.validTo = '2020-01-01';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['regions.2.outlines.1.validTo']);
    expect(problems[0]?.message).toMatch(/must be after validFrom \(2020-11-10\)/);
  });

  it('rejects a claim naming an element that does not exist on the article’s day', () => {
    let index = -1;
    const problems = problemsAfter((story) => {
      index = relationIndex(story, 'moscow-gyumri-base');
      const base = story.relations[index];
      if (base) base.validFrom = '2021-01-01';
    });
    const claimIndex = loadShippedStory().claims.findIndex((claim) => claim.id === 'russian-base');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(problems).toEqual([
      {
        path: `claims.${claimIndex}.elements.relations.0`,
        message: 'the relation "moscow-gyumri-base" does not exist on the claim\'s date, 2020-09-30',
      },
    ]);
  });

  it('rejects a timeline entry without a known source', () => {
    const problems = problemsAfter((story) => {
      const [first] = story.timeline;
      if (first) first.sources = ['no-such-source'];
    });
    expect(problems).toEqual([{ path: 'timeline.0.sources.0', message: 'no source with id "no-such-source"' }]);
  });
});
