// What no longer holds on the day shown: a flag in the claim list, and the sourced reasons on a card.
import type { Elements, Story } from '../story/model/schema';
import { useShownDate } from '../state/react/useAppStore';
import { changesOn, type ClaimChange } from '../time/timeline';
import { formatDate } from '../ui/format';
import { SourceList } from './SourceList';

const WHAT: Record<ClaimChange['what'], string> = {
  ended: 'no longer exists',
  redrawn: 'is drawn with another outline',
  undrawn: 'is no longer held: no area is drawn',
};

export function DateFlag({ story, elements }: { story: Story; elements: Elements }) {
  const date = useShownDate(story.article.eventDate);
  const changes = changesOn(story, elements, date);
  if (changes.length === 0) return null;
  const reasons = [...new Set(changes.flatMap((change) => (change.because ? [change.because.label] : [])))];
  const ended = changes.some((change) => change.what !== 'redrawn');
  return (
    <span className="claim-item__flag claim-item__flag--date">
      {ended ? 'No longer true on' : 'Changed by'} {formatDate(date)}
      {reasons.length > 0 ? `: ${reasons.join(', ')}` : ''}
    </span>
  );
}

export function DateChanges({ story, elements }: { story: Story; elements: Elements }) {
  const date = useShownDate(story.article.eventDate);
  const changes = changesOn(story, elements, date);
  if (changes.length === 0) return null;
  return (
    <div className="date-changes" role="note">
      <h4>On {formatDate(date)}</h4>
      <ul>
        {changes.map(({ id, name, what, because }) => (
          <li key={id}>
            {name} {WHAT[what]}.{' '}
            {because ? (
              <>
                {because.label}, {because.dateText ?? formatDate(because.date)}: {because.summary}
                <SourceList story={story} ids={because.sources} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
