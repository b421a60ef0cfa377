// Claim linking, both ways: from a claim to its map elements, and from a map element to the claims and facts about it.
import type { Selection } from './selection';
import type { Claim, Elements, Fact, Place, Region, Relation, Source, Story } from './model/schema';

export type StoryElement =
  | { kind: 'claim'; item: Claim }
  | { kind: 'region'; item: Region }
  | { kind: 'place'; item: Place }
  | { kind: 'relation'; item: Relation };

export const NO_ELEMENTS: Elements = { regions: [], places: [], relations: [] };

export function findElement(story: Story, selection: NonNullable<Selection>): StoryElement | null {
  const byId = <T extends { id: string }>(items: T[]) => items.find((item) => item.id === selection.id);
  switch (selection.kind) {
    case 'claim': {
      const item = byId(story.claims);
      return item ? { kind: 'claim', item } : null;
    }
    case 'region': {
      const item = byId(story.regions);
      return item ? { kind: 'region', item } : null;
    }
    case 'place': {
      const item = byId(story.places);
      return item ? { kind: 'place', item } : null;
    }
    case 'relation': {
      const item = byId(story.relations);
      return item ? { kind: 'relation', item } : null;
    }
  }
}

/** The pins at both ends of the given lines. */
function endsOf(story: Story, relationIds: readonly string[]): string[] {
  return story.relations
    .filter((relation) => relationIds.includes(relation.id))
    .flatMap((relation) => [relation.from, relation.to]);
}

/** The map elements to highlight for a selection: a claim's elements, or the element itself; a line always with its ends. */
export function elementsOf(story: Story, selection: Selection): Elements {
  if (!selection) return NO_ELEMENTS;
  const element = findElement(story, selection);
  if (!element) return NO_ELEMENTS;
  switch (element.kind) {
    case 'claim': {
      const { elements } = element.item;
      return { ...elements, places: [...new Set([...elements.places, ...endsOf(story, elements.relations)])] };
    }
    case 'region':
      return { ...NO_ELEMENTS, regions: [element.item.id] };
    case 'place':
      return { ...NO_ELEMENTS, places: [element.item.id] };
    case 'relation':
      return { ...NO_ELEMENTS, places: [element.item.from, element.item.to], relations: [element.item.id] };
  }
}

function mentions(elements: Elements, kind: 'region' | 'place' | 'relation', id: string): boolean {
  const ids = kind === 'region' ? elements.regions : kind === 'place' ? elements.places : elements.relations;
  return ids.includes(id);
}

/** Relations that start or end at a place. */
export function relationsAt(story: Story, placeId: string): Relation[] {
  return story.relations.filter((relation) => relation.from === placeId || relation.to === placeId);
}

/** Claims that name an element, directly or (for a place) through a line that starts or ends there. */
export function claimsAbout(story: Story, kind: 'region' | 'place' | 'relation', id: string): Claim[] {
  const viaRelations = kind === 'place' ? relationsAt(story, id).map((relation) => relation.id) : [];
  return story.claims.filter(
    (claim) =>
      mentions(claim.elements, kind, id) ||
      viaRelations.some((relationId) => mentions(claim.elements, 'relation', relationId)),
  );
}

export function factsAbout(story: Story, kind: 'region' | 'place' | 'relation', id: string): Fact[] {
  return story.facts.filter((fact) => mentions(fact.about, kind, id));
}

export function sourcesFor(story: Story, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => story.sources.filter((source) => source.id === id));
}
