// "What happened next": the story's timeline, the stops of the date control, and why a claim no longer holds on a date.
import { regionName } from '../story/model/names';
import type { Elements, Region, Relation, Story, TimelineEntry } from '../story/model/schema';
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

/** What changed for one element a claim names, and the timeline entry that explains it (the latest one by then). */
export type ClaimChange = {
  kind: 'region' | 'relation';
  id: string;
  name: string;
  /** Gone altogether; drawn with another outline; or still there but drawn with none (no area held). */
  what: 'ended' | 'redrawn' | 'undrawn';
  because: TimelineEntry | undefined;
};

function entryExplaining(story: Story, articleDay: string, changedOn: string | undefined): TimelineEntry | undefined {
  if (changedOn === undefined) return undefined;
  return timelineOf(story)
    .filter((entry) => entry.date > articleDay && entry.date <= changedOn)
    .at(-1);
}

function regionChange(story: Story, region: Region, articleDay: string, date: string): ClaimChange | null {
  const name = regionName(region);
  if (!isValidOn(region, date)) {
    return {
      kind: 'region',
      id: region.id,
      name,
      what: 'ended',
      because: entryExplaining(story, articleDay, region.validTo),
    };
  }
  const then = outlineOn(region, articleDay);
  const now = outlineOn(region, date);
  if (then === now) return null;
  // The latest change of outline by that day explains what the map shows then.
  const redrawnOn = region.outlines
    .flatMap((outline) => [outline.validFrom, outline.validTo])
    .filter((day): day is string => day !== undefined && day > articleDay && day <= date)
    .sort()
    .at(-1);
  return {
    kind: 'region',
    id: region.id,
    name,
    what: now ? 'redrawn' : 'undrawn',
    because: entryExplaining(story, articleDay, redrawnOn),
  };
}

function relationChange(story: Story, relation: Relation, articleDay: string, date: string): ClaimChange | null {
  if (isValidOn(relation, date)) return null;
  return {
    kind: 'relation',
    id: relation.id,
    name: relation.label,
    what: 'ended',
    because: entryExplaining(story, articleDay, relation.validTo),
  };
}

/** How a region or line the article's day had differs on `date` (null when it is the same). */
function changeOn(
  story: Story,
  element: { kind: 'region' | 'relation'; id: string },
  date: string,
): ClaimChange | null {
  const articleDay = story.article.eventDate;
  if (element.kind === 'region') {
    const region = story.regions.find((candidate) => candidate.id === element.id);
    return region && isValidOn(region, articleDay) ? regionChange(story, region, articleDay, date) : null;
  }
  const relation = story.relations.find((candidate) => candidate.id === element.id);
  return relation && isValidOn(relation, articleDay) ? relationChange(story, relation, articleDay, date) : null;
}

/** The regions and lines among `elements` (a claim's, say) that held on the article's day but not, or not in the same shape, on `date`. */
export function changesOn(story: Story, elements: Elements, date: string): ClaimChange[] {
  const named = [
    ...elements.regions.map((id) => ({ kind: 'region' as const, id })),
    ...elements.relations.map((id) => ({ kind: 'relation' as const, id })),
  ];
  return named
    .map((element) => changeOn(story, element, date))
    .filter((change): change is ClaimChange => change !== null);
}
