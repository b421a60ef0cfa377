import { describe, expect, it } from 'vitest';
import { describeSelection, listInProse, mapSummary, selectionLabel } from './describe';
import { loadShippedStory } from './fixtures/shippedStory';

const story = loadShippedStory();

describe('selectionLabel', () => {
  it('names a region as its card and the announcement do, and a contested place by both names', () => {
    expect(selectionLabel(story, { kind: 'region', id: 'nagorno-karabakh' })).toBe('Region: Nagorno-Karabakh');
    expect(selectionLabel(story, { kind: 'place', id: 'stepanakert' })).toBe('Place: Stepanakert / Khankendi');
    expect(selectionLabel(story, { kind: 'place', id: 'atlantis' })).toBeNull();
  });
});

describe('describeSelection', () => {
  it('announces a claim with its paragraph and its text', () => {
    const claim = story.claims.find((candidate) => candidate.id === 'russian-base');
    expect(describeSelection(story, { kind: 'claim', id: 'russian-base' })).toBe(
      `Claim ${claim?.parts.join(', ')} selected: ${claim?.text}`,
    );
  });

  it('announces a contested place by both its names', () => {
    expect(describeSelection(story, { kind: 'place', id: 'stepanakert' })).toBe(
      'Place selected: Stepanakert / Khankendi.',
    );
  });

  it('announces regions and lines by name', () => {
    expect(describeSelection(story, { kind: 'region', id: 'nagorno-karabakh' })).toBe(
      'Region selected: Nagorno-Karabakh.',
    );
    const line = story.relations.find((relation) => relation.id === 'moscow-gyumri-base');
    expect(describeSelection(story, { kind: 'relation', id: 'moscow-gyumri-base' })).toBe(
      `Line selected: ${line?.label}.`,
    );
  });

  it('announces the whole story for no selection or an unknown id', () => {
    expect(describeSelection(story, null)).toBe('Showing the whole story.');
    expect(describeSelection(story, { kind: 'place', id: 'atlantis' })).toBe('Showing the whole story.');
  });
});

describe('listInProse', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %j', (items, expected) => {
    expect(listInProse(items)).toBe(expected);
  });
});

describe('mapSummary', () => {
  const summary = mapSummary(story);

  it('names every region and place, and counts them', () => {
    expect(summary).toContain('Armenia');
    expect(summary).toContain('Nagorno-Karabakh');
    expect(summary).toContain('Stepanakert / Khankendi');
    expect(summary).toContain(`It marks ${story.places.length} places`);
  });

  it('describes every line with its two ends', () => {
    expect(summary).toContain(`${story.relations.length} lines join them`);
    for (const relation of story.relations) expect(summary).toContain(relation.label);
    expect(summary).toMatch(/\(Moscow to Gyumri\)/);
  });
});
