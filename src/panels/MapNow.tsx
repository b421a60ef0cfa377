// What the map draws on the day shown where it differs from the article's day: the claim keeps its text, and this says
// what the map shows instead, with the timeline entry of that day. It says nothing about whether the claim holds.
import type { Elements, Story } from '../story/model/schema';
import { useShownDate } from '../state/react/useAppStore';
import { mapChangesOn, type MapChange } from '../time/timeline';
import { formatDate } from '../ui/format';
import { SourceList } from './SourceList';

function drawnAs(change: MapChange): string {
  switch (change.what) {
    case 'gone':
      return `${change.name} is not drawn.`;
    case 'undrawn':
      return `${change.name} is named but drawn with no area: no outline holds on this day.`;
    case 'redrawn':
      return `${change.name} is drawn with another outline: ${change.outline}.`;
    case 'status':
      return `${change.name} is drawn as ${change.status}.`;
  }
}

type Props = {
  story: Story;
  elements: Elements;
  intro?: string;
  /** Timeline entries the card already shows with their sources (a claim's changes): named here, not repeated. */
  shownAbove?: readonly string[];
};

export function MapNow({ story, elements, intro, shownAbove = [] }: Props) {
  const date = useShownDate(story.article.eventDate);
  const changes = mapChangesOn(story, elements, date);
  if (changes.length === 0) return null;
  return (
    <div className="map-now" role="note">
      <h4>The map on {formatDate(date)}</h4>
      {intro ? <p>{intro}</p> : null}
      <ul>
        {changes.map((change) => (
          <li key={`${change.kind}:${change.id}`} data-map-change={change.what}>
            {drawnAs(change)} Since {change.because?.dateText ?? formatDate(change.since)}
            {change.because && shownAbove.includes(change.because.id) ? (
              ` (${change.because.label}, above).`
            ) : change.because ? (
              <>
                {' '}
                ({change.because.label}): {change.because.summary}
                <SourceList story={story} ids={change.because.sources} />
              </>
            ) : (
              '.'
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
