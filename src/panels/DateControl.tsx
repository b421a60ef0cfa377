// The day the map shows: a slider from the article's day to today, the named milestones, and a calendar field.
import { useMemo, useRef } from 'react';
import type { Story } from '../story/model/schema';
import { useAppStore, useShownDate } from '../state/react/useAppStore';
import { addDays, daysBetween, isIsoDate } from '../time/dates';
import { dateStops } from '../time/timeline';
import { formatDate } from '../ui/format';
import { useFirstView } from '../ui/useFirstView';
import { useToday } from './useToday';
import './time.css';

export function DateControl({ story }: { story: Story }) {
  const articleDay = story.article.eventDate;
  const date = useShownDate(articleDay);
  const chooseDate = useAppStore((state) => state.chooseDate);
  const today = useToday();
  const firstView = useFirstView();
  // A drag is one step of history: its first move adds an entry, the later moves refine it.
  const drag = useRef<'none' | 'started' | 'moving'>('none');
  const stops = useMemo(() => dateStops(story, today), [story, today]);
  const stop = stops.find((each) => each.date === date);
  const span = Math.max(daysBetween(articleDay, today), daysBetween(articleDay, date));
  const shown = `${formatDate(date)}${stop ? ` (${stop.label})` : ''}`;
  return (
    <section className="date-control" aria-labelledby="date-title">
      <h3 id="date-title">The map on a date</h3>
      <p aria-live="polite" data-testid="shown-date">
        Showing <strong>{shown}</strong>
      </p>
      <input
        type="range"
        aria-label="Day shown on the map"
        min={Math.min(0, daysBetween(articleDay, date))}
        max={span}
        value={daysBetween(articleDay, date)}
        aria-valuetext={shown}
        onPointerDown={() => (drag.current = 'started')}
        onPointerUp={() => (drag.current = 'none')}
        onPointerCancel={() => (drag.current = 'none')}
        onChange={(event) => {
          chooseDate(addDays(articleDay, Number(event.target.value)), drag.current === 'moving');
          if (drag.current === 'started') drag.current = 'moving';
        }}
      />
      <ul aria-label="Milestones">
        {stops.map((each) => (
          <li key={each.id}>
            <button type="button" aria-pressed={each.date === date} onClick={() => chooseDate(each.date)}>
              {each.label}
              <time dateTime={each.date}>{formatDate(each.date)}</time>
            </button>
          </li>
        ))}
      </ul>
      <label>
        Any day:{' '}
        {/* The first view's field shows the day in words and becomes a date field as the app takes the page over (the same
            element): creating a date field, with the browser's date formats, took ~100 ms of the first frame at 4x CPU. */}
        <input
          type={firstView ? 'text' : 'date'}
          className="date-control__field"
          readOnly={firstView}
          value={firstView ? formatDate(date) : date}
          max={firstView ? undefined : today}
          onChange={(event) => isIsoDate(event.target.value) && chooseDate(event.target.value)}
        />
      </label>
    </section>
  );
}
