// How a line stands on a date: active until its first status change, then as the latest sourced change says.
import type { Relation, RelationStatus, Story, TimelineEntry } from '../story/model/schema';

export type RelationStatusOn = { status: RelationStatus; since: TimelineEntry | undefined };

export function relationStatusOn(story: Story, relation: Relation, date: string): RelationStatusOn {
  let current: RelationStatusOn = { status: 'active', since: undefined };
  for (const change of relation.statuses) {
    const entry = story.timeline.find((candidate) => candidate.id === change.since);
    // The checker keeps statuses in date order, each with its entry.
    if (entry && entry.date <= date) current = { status: change.status, since: entry };
  }
  return current;
}
