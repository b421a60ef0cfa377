// "What happened next": the story's timeline, the stops of the date control, and what the map draws differently on a
// later day. The map's dates say only what is drawn; whether a claim still holds is ./claimStatus's, from the timeline.
import { regionName } from '../story/model/names';
import type { Elements, Region, Relation, RelationStatus, Story, TimelineEntry } from '../story/model/schema';
import { relationStatusOn } from './relationStatus';
import { isValidOn, outlineOn } from './validity';

/** A stop of the date control: a named milestone of the story, or today. */
export type DateStop = { id: string; date: string; label: string };

export function timelineOf(story: Story): TimelineEntry[] {
  return [...story.timeline].sort((a, b) => a.date.localeCompare(b.date));
}

export function dateStops(story: Story, today: string): DateStop[] {
  const milestones = timelineOf(story)
    .filter((entry) => entry.kind === 'milestone' && entry.date <= today)
    .map(({ id, date, label }) => ({ id, date, label }));
  const last = milestones.at(-1);
  return last && last.date === today ? milestones : [...milestones, { id: 'today', date: today, label: 'Today' }];
}

/** How the map draws a region or line on a later day, unlike on the article's day; `since` is the day it began. */
export type MapChange = {
  kind: 'region' | 'relation';
  id: string;
  name: string;
  since: string;
  /** The timeline entry of that day, when the story has one. */
  because: TimelineEntry | undefined;
} & ({ what: 'gone' | 'undrawn' } | { what: 'redrawn'; outline: string } | { what: 'status'; status: RelationStatus });

function entryOn(story: Story, date: string): TimelineEntry | undefined {
  return story.timeline.find((entry) => entry.date === date);
}

function regionChange(story: Story, region: Region, articleDay: string, date: string): MapChange | null {
  const base = { kind: 'region' as const, id: region.id, name: regionName(region) };
  if (!isValidOn(region, date)) {
    const since = region.validTo ?? date;
    return { ...base, what: 'gone', since, because: entryOn(story, since) };
  }
  const then = outlineOn(region, articleDay);
  const now = outlineOn(region, date);
  if (then === now) return null;
  // The latest change of outline by that day explains what the map shows then.
  const since =
    region.outlines
      .flatMap((outline) => [outline.validFrom, outline.validTo])
      .filter((day): day is string => day !== undefined && day > articleDay && day <= date)
      .sort()
      .at(-1) ?? date;
  const because = entryOn(story, since);
  return now
    ? { ...base, what: 'redrawn', outline: now.label, since, because }
    : { ...base, what: 'undrawn', since, because };
}

function relationChange(story: Story, relation: Relation, date: string): MapChange | null {
  const base = { kind: 'relation' as const, id: relation.id, name: relation.label };
  if (!isValidOn(relation, date)) {
    const since = relation.validTo ?? date;
    return { ...base, what: 'gone', since, because: entryOn(story, since) };
  }
  const { status, since } = relationStatusOn(story, relation, date);
  return status === 'active' || !since ? null : { ...base, what: 'status', status, since: since.date, because: since };
}

/** The regions and lines among `elements` (a claim's, say) that the map draws on `date` otherwise than on the article's
 * day: gone, redrawn, with no area, or with another status. Only elements that held on the article's day count. */
export function mapChangesOn(story: Story, elements: Elements, date: string): MapChange[] {
  const articleDay = story.article.eventDate;
  const regions = elements.regions.flatMap((id) => {
    const region = story.regions.find((candidate) => candidate.id === id);
    const change = region && isValidOn(region, articleDay) ? regionChange(story, region, articleDay, date) : null;
    return change ? [change] : [];
  });
  const relations = elements.relations.flatMap((id) => {
    const relation = story.relations.find((candidate) => candidate.id === id);
    const change = relation && isValidOn(relation, articleDay) ? relationChange(story, relation, date) : null;
    return change ? [change] : [];
  });
  return [...regions, ...relations];
}
