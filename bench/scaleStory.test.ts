import { describe, expect, it } from 'vitest';
import { readShippedStoryJson } from '../src/story/fixtures/shippedStory';
import { validateStoryText } from '../src/story/validate/validateStory';
import { scaleStory } from './scaleStory';

const shipped = readShippedStoryJson();

describe('scaleStory', () => {
  it('gives a story the app accepts, with places, relations, claims and facts n times over', () => {
    const base = validateStoryText(JSON.stringify(shipped));
    const scaled = validateStoryText(JSON.stringify(scaleStory(shipped, 10)));
    if (!base.ok || !scaled.ok) throw new Error('a story did not validate');
    for (const list of ['places', 'relations', 'claims', 'facts'] as const)
      expect(scaled.story[list]).toHaveLength(10 * base.story[list].length);
    expect(scaled.story.regions).toHaveLength(base.story.regions.length);
  });

  it("links each copy's claims to that copy's places and relations", () => {
    const result = validateStoryText(JSON.stringify(scaleStory(shipped, 3)));
    if (!result.ok) throw new Error('the scaled story did not validate');
    const copyOf = (id: string) => /-(\d+)$/.exec(id)?.[1] ?? '0';
    const linked = result.story.claims.filter((claim) => claim.elements.places.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const claim of linked)
      for (const place of [...claim.elements.places, ...claim.elements.relations])
        expect(copyOf(place)).toBe(copyOf(claim.id));
  });

  it('spreads the copies: no two places share a spot', () => {
    const story = scaleStory(shipped, 50);
    const spots = (story['places'] as { coordinates: [number, number] }[]).map((place) => place.coordinates.join());
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('refuses a factor that is not a whole number of at least 1', () => {
    expect(() => scaleStory(shipped, 0)).toThrow(/whole number/);
    expect(() => scaleStory(shipped, 2.5)).toThrow(/whole number/);
  });
});
