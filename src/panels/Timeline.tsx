// "What happened next": every change after the article, sourced; each entry shows the map on its day.
import type { Story } from '../story/model/schema';
import { useAppStore, useShownDate } from '../state/react/useAppStore';
import { timelineOf } from '../time/timeline';
import { formatDate } from '../ui/format';
import { SourceList } from './SourceList';

export function Timeline({ story }: { story: Story }) {
  const date = useShownDate(story.article.eventDate);
  const chooseDate = useAppStore((state) => state.chooseDate);
  const entries = timelineOf(story);
  if (entries.length === 0) return null;
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">What happened next</h3>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.date <= date ? 'past' : undefined}>
            <button
              type="button"
              data-timeline={entry.id}
              aria-pressed={entry.date === date}
              onClick={() => chooseDate(entry.date)}
            >
              <time dateTime={entry.date}>{entry.dateText ?? formatDate(entry.date)}</time> {entry.label}
            </button>
            <p>{entry.summary}</p>
            <SourceList story={story} ids={entry.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
