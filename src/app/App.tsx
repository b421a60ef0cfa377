// The page: while loading, a placeholder; on failure, what is wrong and where; when ready, the map and the panel.
import { useContext, type ComponentType } from 'react';
import { MapView } from '../map/MapView';
import { Panel } from '../panels/Panel';
import type { GeoData } from '../geometry/geoData';
import type { Story } from '../story/model/schema';
import { AppStoreContext, useAppStore } from '../state/react/useAppStore';
import { cancelOpening } from '../opener/requestedStory';
import { echoed } from '../ui/echo';
import { Troubles } from './Troubles';
import { Announcer } from '../panels/Announcer';
import { useDocumentTitle } from './useDocumentTitle';
import { useEscapeClears } from './useEscapeClears';
import type { StoryProblem } from '../story/integrity';

// Keyboard readers skip the map's controls and pins and land on the first claim.
function SkipToClaims() {
  return (
    <button
      type="button"
      className="skip-link"
      onClick={() => document.querySelector<HTMLElement>('[data-claim]')?.focus()}
    >
      Skip to the article’s claims
    </button>
  );
}

/** What failed, above the build's first view when the page keeps it (`firstViewBelow`): it stays, readable, below. */
function LoadFailure({
  title,
  problems,
  firstViewBelow,
}: {
  title: string;
  problems: StoryProblem[];
  firstViewBelow: boolean;
}) {
  return (
    <div className="load-failure" role="alert">
      <h1>{title}</h1>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.path === '(root)' ? null : <code>{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
      {firstViewBelow ? (
        <p>Below: the map and the claims as they were when this page was made, without zoom or links.</p>
      ) : null}
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}

/** A story a link asked for, while it downloads: named, never shown as another story that looks like it. */
function Opening({ name }: { name: string }) {
  const store = useContext(AppStoreContext);
  return (
    <main className="loading" aria-busy="true">
      <p role="status">Opening the story at {echoed(name, 80)}…</p>
      <button type="button" onClick={() => store && cancelOpening(store)}>
        Show the map’s own story instead
      </button>
    </main>
  );
}

type StoryLayout = ComponentType<{ story: Story; geo: GeoData }>;

/**
 * `layout` replaces the full page once the story is ready (the embed view uses it). `firstViewBelow`: a failure is shown
 * above the build's first view, which the page keeps.
 */
export function App({
  layout: Layout = StoryView,
  firstViewBelow = false,
}: {
  layout?: StoryLayout;
  firstViewBelow?: boolean;
}) {
  const data = useAppStore((state) => state.data);
  const opening = useAppStore((state) => state.opening);
  const requested = data.status === 'loading' && opening !== null;
  if (data.status === 'failed')
    return <LoadFailure title={data.title} problems={data.problems} firstViewBelow={firstViewBelow} />;
  if (requested) return <Opening name={opening.name} />;
  if (data.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p>Loading the map…</p>
      </main>
    );
  }
  return (
    <>
      <Troubles />
      <Layout story={data.story} geo={data.geo} />
    </>
  );
}

function StoryView({ story, geo }: { story: Story; geo: GeoData }) {
  const selection = useAppStore((state) => state.selection);
  useDocumentTitle(story, selection);
  useEscapeClears();
  return (
    <main className="app">
      <SkipToClaims />
      <h1 className="visually-hidden">Conflict map: {story.article.title}</h1>
      <Announcer story={story} />
      {/* The story's panel comes first in the page (the map is placed first on screen): its title and intro then paint
          with the first slice of the HTML, and the keyboard reaches the claims before the map. */}
      <Panel story={story} geo={geo} />
      <MapView story={story} geo={geo} />
    </main>
  );
}
