// What no longer holds on the day shown: a flag in the claim list, and the sourced reasons on a card.
import type { Claim, Story } from '../story/schema';
import { useShownDate } from '../state/useAppStore';
import { changeOn, claimChangesOn, type ClaimChange } from '../time/timeline';
import { formatDate } from './format';
import { SourceList } from './SourceList';

const WHAT: Record<ClaimChange['what'], string> = {
  ended: 'no longer exists',
  redrawn: 'is drawn with another outline',
  undrawn: 'is no longer held: no area is drawn',
};

function flagText(changes: readonly ClaimChange[], date: string): string {
  const ended = changes.some((change) => change.what !== 'redrawn');
  const reasons = [...new Set(changes.flatMap((change) => (change.because ? [change.because.label] : [])))];
  return `${ended ? 'No longer true on' : 'Changed by'} ${formatDate(date)}${reasons.length > 0 ? `: ${reasons.join(', ')}` : ''}`;
}

export function ClaimDateFlag({ story, claim }: { story: Story; claim: Claim }) {
  const date = useShownDate(story.article.eventDate);
  const changes = claimChangesOn(story, claim, date);
  if (changes.length === 0) return null;
  return <span className="claim-item__flag claim-item__flag--date">{flagText(changes, date)}</span>;
}

function ChangeList({ story, changes, date }: { story: Story; changes: readonly ClaimChange[]; date: string }) {
  if (changes.length === 0) return null;
  return (
    <div className="date-changes" role="note">
      <h4>On {formatDate(date)}</h4>
      <ul>
        {changes.map((change) => (
          <li key={change.id}>
            {change.name} {WHAT[change.what]}.{' '}
            {change.because ? (
              <>
                {change.because.label}, {change.because.dateText ?? formatDate(change.because.date)}: {change.because.summary}
                <SourceList story={story} ids={change.because.sources} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ClaimDateChanges({ story, claim }: { story: Story; claim: Claim }) {
  const date = useShownDate(story.article.eventDate);
  return <ChangeList story={story} changes={claimChangesOn(story, claim, date)} date={date} />;
}

export function ElementDateChange({ story, kind, id }: { story: Story; kind: 'region' | 'relation'; id: string }) {
  const date = useShownDate(story.article.eventDate);
  const change = changeOn(story, { kind, id }, date);
  return <ChangeList story={story} changes={change ? [change] : []} date={date} />;
}
