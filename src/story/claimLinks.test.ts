import { describe, expect, it } from 'vitest';
import { claimsAbout, elementsOf, factsAbout, findElement, relationsAt } from './claimLinks';
import { loadShippedStory } from './fixtures/shippedStory';

const story = loadShippedStory();

describe('claim → map elements', () => {
  it('gives a claim its own elements, with the pins at the ends of its lines', () => {
    const claim = story.claims.find((candidate) => candidate.id === 'russian-base');
    const elements = elementsOf(story, { kind: 'claim', id: 'russian-base' });
    expect(elements.regions).toEqual(claim?.elements.regions);
    expect(elements.relations).toEqual(['moscow-gyumri-base']);
    // Gyumri is named by the claim; Moscow comes in as the far end of the base line.
    expect(claim?.elements.places).not.toContain('moscow');
    expect([...elements.places].sort()).toEqual(['gyumri', 'moscow']);
  });

  it('highlights a line together with the pins at its ends', () => {
    const relation = story.relations[0];
    if (!relation) throw new Error('story has no relation');
    expect(elementsOf(story, { kind: 'relation', id: relation.id })).toEqual({
      regions: [],
      places: [relation.from, relation.to],
      relations: [relation.id],
    });
  });

  it('gives nothing for no selection or an unknown id', () => {
    expect(elementsOf(story, null)).toEqual({ regions: [], places: [], relations: [] });
    expect(elementsOf(story, { kind: 'claim', id: 'nope' })).toEqual({ regions: [], places: [], relations: [] });
    expect(findElement(story, { kind: 'region', id: 'nope' })).toBeNull();
  });
});

describe('map element → claims and facts', () => {
  it('every claim can be reached back from each element it names', () => {
    for (const claim of story.claims) {
      const { regions, places, relations } = claim.elements;
      for (const id of regions) expect(claimsAbout(story, 'region', id)).toContain(claim);
      for (const id of places) expect(claimsAbout(story, 'place', id)).toContain(claim);
      for (const id of relations) expect(claimsAbout(story, 'relation', id)).toContain(claim);
    }
  });

  it('a place also reaches the claims about the lines that end there', () => {
    const viaLines = story.claims.filter((claim) =>
      claim.elements.relations.some((id) => relationsAt(story, 'moscow').some((relation) => relation.id === id)),
    );
    expect(viaLines.length).toBeGreaterThan(0);
    for (const claim of viaLines) expect(claimsAbout(story, 'place', 'moscow')).toContain(claim);
  });

  it('finds the sourced facts about Nagorno-Karabakh', () => {
    const facts = factsAbout(story, 'region', 'nagorno-karabakh');
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.about.regions).toContain('nagorno-karabakh');
  });
});
