// The reading panel: the story, the selected item's card, the claims in order, the key and the credits.
import { memo, useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import type { GeoData } from '../geometry/geoData';
import type { Story } from '../story/model/schema';
import { useAppStore } from '../state/react/useAppStore';
import { useSelectionAfterPaint } from '../state/react/useSelectionAfterPaint';
import { ShareControl } from '../embed/ShareControl';
import { ClaimList } from './ClaimList';
import { Credits } from './Credits';
import { DateControl } from './DateControl';
import { formatDate } from '../ui/format';
import { PANEL_INTRO } from './intro';
import { Legend } from './Legend';
import { linkNoticeText } from './linkNotice';
import { MapIndex } from './MapIndex';
import { SelectionCard } from './SelectionCard';
import { OpeningStatus, StoryOpener, StoryReportPanel } from '../opener/StoryOpener';
import { SheetHandle } from './SheetHandle';
import { Timeline } from './Timeline';
import { useKeepFocus } from './useKeepFocus';
import { useSheet } from './useSheet';

const PANEL_BODY_ID = 'panel-body';

function Notice({ articleDay }: { articleDay: string }) {
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{linkNoticeText(notice, articleDay)}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

// A new card appears near the top of the panel: bring it into view wherever the reader had scrolled to. On a phone the
// sheet shows only its top, so the card itself goes to the top, just under the handle, with its text in view.
function useShowCardOnSelect(panel: RefObject<HTMLElement | null>, selection: unknown) {
  // Measured and scrolled before the card's first frame is painted, whichever render brought it: it never jumps.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!selection || !element) return;
    const card = element.querySelector('.panel__selection');
    const bar = element.querySelector('.sheet-bar');
    const barHeight = bar instanceof HTMLElement ? bar.offsetHeight : 0;
    const top =
      card && barHeight > 0
        ? card.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop - barHeight
        : 0;
    element.scrollTo({ top });
    if (window.scrollY > 0) window.scrollTo({ top: 0 });
  }, [panel, selection]);
}

// Memoised: the layouts around it re-render on a pick (title, status line); the card follows after the pick's frame.
export const Panel = memo(function Panel({ story, geo }: { story: Story; geo: GeoData }) {
  // The card, its scroll, focus and the sheet's opening come in the task after the pick's own frame (which shows the
  // chosen row), so the answer to a tap is not held up by building the card and laying the panel out again.
  const selection = useSelectionAfterPaint('next');
  const select = useAppStore((state) => state.select);
  const panel = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const sheet = useSheet(selection);
  useShowCardOnSelect(panel, selection);
  useKeepFocus(panel, title, selection);
  const { article } = story;
  // While dragged, the sheet follows the finger; at rest its height comes from the stylesheet for its state.
  const style =
    sheet.dragHeight === null ? undefined : ({ '--sheet-drag-height': `${sheet.dragHeight}px` } as CSSProperties);
  return (
    <aside
      className={sheet.dragHeight === null ? 'panel' : 'panel panel--dragging'}
      aria-label="Story and claims"
      ref={panel}
      data-sheet={sheet.state}
      style={style}
      onFocus={sheet.onFocus}
    >
      <SheetHandle state={sheet.state} controls={PANEL_BODY_ID} handle={sheet.handle} />
      <div className="panel__body" id={PANEL_BODY_ID}>
        <header className="panel__header">
          <p className="panel__kicker">
            {article.outlet} · {formatDate(article.published)} · {article.author}
          </p>
          <h2 ref={title} tabIndex={-1}>
            {article.title}
          </h2>
          <p className="panel__intro">{PANEL_INTRO}</p>
          <ShareControl />
        </header>
        <Notice articleDay={article.eventDate} />
        <OpeningStatus />
        <StoryReportPanel />
        {selection ? (
          <div className="panel__selection">
            <button type="button" className="panel__back" onClick={() => select(null)}>
              Show the whole story
            </button>
            <SelectionCard story={story} geo={geo} selection={selection} />
          </div>
        ) : null}
        {/* After the card: a pick shows its card first, and the date stays one step below. */}
        <DateControl story={story} />
        <ClaimList story={story} />
        <Timeline story={story} />
        <MapIndex story={story} />
        <Legend story={story} />
        <Credits story={story} />
        <StoryOpener />
      </div>
    </aside>
  );
});
