// The reading panel: the story, the selected item's card, the claims in order, the key and the credits.
import { useEffect, useRef, type RefObject } from 'react';
import type { GeoData } from '../geo/geoData';
import type { Story } from '../story/schema';
import { useAppStore } from '../state/useAppStore';
import { ShareControl } from '../embed/ShareControl';
import { ClaimList } from './ClaimList';
import { Credits } from './Credits';
import { formatDate } from './format';
import { Legend } from './Legend';
import { SelectionCard } from './SelectionCard';

function Notice() {
  const notice = useAppStore((state) => state.notice);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

// A new card appears at the top of the panel: bring it into view wherever the reader had scrolled to.
function useShowCardOnSelect(panel: RefObject<HTMLElement | null>, selection: unknown) {
  useEffect(() => {
    if (!selection || !panel.current) return;
    panel.current.scrollTo({ top: 0 });
    if (window.scrollY > 0) window.scrollTo({ top: 0 });
  }, [panel, selection]);
}

export function Panel({ story, geo }: { story: Story; geo: GeoData }) {
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  const panel = useRef<HTMLElement>(null);
  useShowCardOnSelect(panel, selection);
  const { article } = story;
  return (
    <aside className="panel" aria-label="Story and claims" ref={panel}>
      <header className="panel__header">
        <p className="panel__kicker">
          {article.outlet} · {formatDate(article.published)} · {article.author}
        </p>
        <h2>{article.title}</h2>
        <p className="panel__intro">
          Pick a claim to see it on the map, or pick a region, pin or line on the map to read what the article and the sources say
          about it.
        </p>
        <ShareControl />
      </header>
      <Notice />
      {selection ? (
        <div className="panel__selection">
          <button type="button" className="panel__back" onClick={() => select(null)}>
            Show the whole story
          </button>
          <SelectionCard story={story} geo={geo} selection={selection} />
        </div>
      ) : null}
      <ClaimList story={story} />
      <Legend story={story} />
      <Credits story={story} />
    </aside>
  );
}
