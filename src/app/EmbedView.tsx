// The compact layout for iframes (?embed=1): the map, a collapsible panel, short credits and a link to the full map.
import type { GeoData } from '../geometry/geoData';
import type { Story } from '../story/model/schema';
import { MapView } from '../map/MapView';
import { Panel } from '../panels/Panel';
import { useAppStore } from '../state/react/useAppStore';
import { useDocumentTitle } from './useDocumentTitle';
import { selectionLabel } from '../story/describe';
import { useEscapeClears } from './useEscapeClears';
import { Announcer } from '../panels/Announcer';
import { linkNoticeText } from '../panels/linkNotice';
import { fullMapUrl } from '../embed/shareLinks';
import { useNewTabLinks } from '../embed/useNewTabLinks';
import './embed.css';

export function EmbedView({ story, geo }: { story: Story; geo: GeoData }) {
  const selection = useAppStore((state) => state.selection);
  const date = useAppStore((state) => state.date);
  const notice = useAppStore((state) => state.notice);
  useDocumentTitle(story, selection);
  useEscapeClears();
  // The panel may be closed: one line says what the map shows, or why it fell back to the whole story.
  const status = notice ? linkNoticeText(notice, story.article.eventDate) : selectionLabel(story, selection);
  const links = useNewTabLinks();
  return (
    // Clicks on links bubble here from the whole view (a listener, not a control: the links stay the controls).
    <main className="app app--embed" onClick={links.onClick}>
      <h1 className="visually-hidden">Conflict map: {story.article.title}</h1>
      <Announcer story={story} />
      <MapView story={story} geo={geo} />
      <p className="embed__status" role="status">
        {status}
      </p>
      <details className="embed__panel">
        <summary>The story, its claims and sources</summary>
        <Panel story={story} geo={geo} />
      </details>
      <footer className="embed__footer">
        <span>
          Story: {story.article.outlet}, {story.article.title}. Map: Natural Earth.
        </span>{' '}
        <a href={fullMapUrl(window.location.href, { selection, date, outline: null })} target="_blank" rel="noopener">
          Open the full map
        </a>
        {links.blocked === null ? null : (
          <span className="embed__blocked" role="alert">
            {' '}
            The page showing this map does not let it open new tabs. The address is{' '}
            <input readOnly aria-label="Address of the link" value={links.blocked} onFocus={(e) => e.target.select()} />
          </span>
        )}
      </footer>
    </main>
  );
}
