// Which of the story's elements hold on a given day. Pure: no React or MapLibre here.
import type { Fact, Outline, Region, Relation, RelationStatus, Story } from '../story/model/schema';
import { relationStatusOn } from './relationStatus';
import { outlineFeatureId } from '../story/model/outlines';

/** Anything that holds between two dates: from `validFrom` (inclusive) until `validTo` (the first day it no longer holds). */
export type Dated = { readonly validFrom?: string | undefined; readonly validTo?: string | undefined };

export function isValidOn(element: Dated, date: string): boolean {
  return (
    (element.validFrom === undefined || element.validFrom <= date) &&
    (element.validTo === undefined || date < element.validTo)
  );
}

/** The outline of a region drawn on a date: none when the region, or every outline of it, does not hold then. */
export function outlineOn(region: Region, date: string): Outline | undefined {
  return isValidOn(region, date) ? region.outlines.find((outline) => isValidOn(outline, date)) : undefined;
}

/** A day on which an outline is drawn, for a reader who picks it: the article's day if it holds then, else its first day. */
export function dayOfOutline(outline: Outline, articleDay: string): string {
  return isValidOn(outline, articleDay) ? articleDay : (outline.validFrom ?? articleDay);
}

export type StoryOnDate = {
  regions: Region[];
  relations: Relation[];
  facts: Fact[];
  /** Region feature ids drawn on the date: countries, and each disputed region's outline of that day. */
  countries: string[];
  disputed: string[];
  /** How each drawn line stands on the date: active, frozen or ended (by the story's sourced timeline). */
  statuses: Record<string, RelationStatus>;
};

export function storyOn(story: Story, date: string): StoryOnDate {
  const regions = story.regions.filter((region) => isValidOn(region, date));
  const countries: string[] = [];
  const disputed: string[] = [];
  for (const region of regions) {
    const outline = outlineOn(region, date);
    if (outline) (region.kind === 'country' ? countries : disputed).push(outlineFeatureId(region, outline));
  }
  const relations = story.relations.filter((relation) => isValidOn(relation, date));
  return {
    regions,
    relations,
    facts: story.facts.filter((fact) => isValidOn(fact, date)),
    countries,
    disputed,
    statuses: Object.fromEntries(
      relations.map((relation) => [relation.id, relationStatusOn(story, relation, date).status]),
    ),
  };
}
