// Whether a claim still holds on a date. An event holds for ever; a state changes only where a timeline entry names it,
// so nothing here looks at the map's dates. Pure: no React or MapLibre here.
import type { Claim, ClaimChange, Story, TimelineEntry } from '../story/model/schema';
import { timelineOf } from './timeline';

/** One change to a claim: what the entry says of it, and the entry (its date and sources). */
export type DatedClaimChange = { change: ClaimChange; entry: TimelineEntry };

export type ClaimStatus =
  /** An event, or a state that nothing has changed by that day. */
  | { state: 'holds'; changes: [] }
  /** Changed on the date of the last change; `changes` are every change by that day, oldest first. */
  | { state: 'changed'; since: DatedClaimChange; changes: DatedClaimChange[] }
  /** No longer holds from the date of `since`. */
  | { state: 'ended'; since: DatedClaimChange; changes: DatedClaimChange[] };

const HOLDS: ClaimStatus = { state: 'holds', changes: [] };

/** Every change the timeline records for a claim, oldest first (none for an event). */
function claimChanges(story: Story, claim: Claim): DatedClaimChange[] {
  if (claim.time === 'event') return [];
  return timelineOf(story).flatMap((entry) =>
    entry.claims.filter((change) => change.claim === claim.id).map((change) => ({ change, entry })),
  );
}

export function claimStatusOn(story: Story, claim: Claim, date: string): ClaimStatus {
  const changes = claimChanges(story, claim).filter(({ entry }) => entry.date <= date);
  const since = changes.at(-1);
  if (!since) return HOLDS;
  return { state: since.change.effect === 'ended' ? 'ended' : 'changed', since, changes };
}
