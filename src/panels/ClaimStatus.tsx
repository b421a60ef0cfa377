// Whether a claim still holds on the day shown: nothing for an event or an unchanged state, else when it changed or
// stopped holding, what changed and the source. Only a timeline entry that names the claim can say so.
import { sourcesFor } from '../story/claimLinks';
import type { Claim, Story } from '../story/model/schema';
import { useShownDate } from '../state/react/useAppStore';
import { claimStatusOn, type ClaimStatus, type DatedClaimChange } from '../time/claimStatus';
import { formatDate } from '../ui/format';
import { MapNow } from './MapNow';
import { SourceList } from './SourceList';

function entryDate({ entry }: DatedClaimChange): string {
  return entry.dateText ?? formatDate(entry.date);
}

/** "Changed on 22 February 2024" or "No longer holds since 30 November 2025". */
function statusHeadline(status: Exclude<ClaimStatus, { state: 'holds' }>): string {
  return status.state === 'ended'
    ? `No longer holds since ${entryDate(status.since)}`
    : `Changed on ${entryDate(status.since)}`;
}

function useClaimStatus(story: Story, claim: Claim): ClaimStatus {
  const date = useShownDate(story.article.eventDate);
  return claimStatusOn(story, claim, date);
}

/** In the claim list (inside a button, so the sources are named, not linked). */
export function ClaimStatusFlag({ story, claim }: { story: Story; claim: Claim }) {
  const status = useClaimStatus(story, claim);
  if (status.state === 'holds') return null;
  const outlets = sourcesFor(story, status.since.entry.sources).map((source) => source.outlet);
  return (
    <span className={`claim-item__flag claim-item__flag--${status.state}`} data-claim-status={status.state}>
      {statusHeadline(status)}: {status.since.change.text}
      {outlets.length > 0 ? <span className="claim-item__flag-source"> ({outlets.join('; ')})</span> : null}
    </span>
  );
}

/** On the claim's card: whether it holds on the day shown, then what the map draws instead of what it names. */
export function ClaimOnDate({ story, claim }: { story: Story; claim: Claim }) {
  const status = useClaimStatus(story, claim);
  return (
    <>
      <ClaimStatusNote story={story} status={status} />
      <MapNow
        story={story}
        elements={claim.elements}
        intro="The claim is read as of the article's day. What the map draws instead on this day:"
        shownAbove={status.changes.map(({ entry }) => entry.id)}
      />
    </>
  );
}

/** Every change by the day shown, each with its timeline entry and linked sources. */
function ClaimStatusNote({ story, status }: { story: Story; status: ClaimStatus }) {
  if (status.state === 'holds') return null;
  return (
    <div className={`claim-status claim-status--${status.state}`} role="note" data-claim-status={status.state}>
      <h4>{statusHeadline(status)}</h4>
      <ul>
        {status.changes.map(({ change, entry }) => (
          <li key={entry.id}>
            <strong>{entryDate({ change, entry })}</strong> ({entry.label}): {change.text}
            <SourceList story={story} ids={entry.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
}
