// The page: while loading, a placeholder; on failure, what is wrong and where; when ready, the map and the panel.
import { useEffect, type ComponentType } from 'react';
import { MapView } from '../map/MapView';
import { Panel } from '../panels/Panel';
import type { GeoData } from '../geometry/geoData';
import type { Story } from '../story/model/schema';
import { useAppStore } from '../state/react/useAppStore';
import { Announcer } from '../panels/Announcer';
import { useDocumentTitle } from './useDocumentTitle';
import { useEscapeClears } from './useEscapeClears';
import { STATIC_SHELL_ID } from '../static/shellIds';

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

function LoadFailure({ title, problems }: { title: string; problems: { path: string; message: string }[] }) {
  return (
    <main className="load-failure" role="alert">
      <h1>{title}</h1>
      <p>The map cannot show this story until these are fixed:</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.path === '(root)' ? null : <code>{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
    </main>
  );
}

type StoryLayout = ComponentType<{ story: Story; geo: GeoData }>;

/** `layout` replaces the full page once the story is ready (the embed view uses it). */
export function App({ layout: Layout = StoryView }: { layout?: StoryLayout }) {
  const data = useAppStore((state) => state.data);
  // Once the app shows the story (or what is wrong with it), the build-time copy has done its job.
  useEffect(() => {
    if (data.status !== 'loading') document.getElementById(STATIC_SHELL_ID)?.remove();
  }, [data.status]);
  if (data.status === 'failed') return <LoadFailure title={data.title} problems={data.problems} />;
  if (data.status === 'loading') {
    // The build put the map picture and the claims in the page: they stay on screen until the story is ready.
    if (document.getElementById(STATIC_SHELL_ID)) return null;
    return (
      <main className="loading" aria-busy="true">
        <p>Loading the map…</p>
      </main>
    );
  }
  return <Layout story={data.story} geo={data.geo} />;
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
      <MapView story={story} geo={geo} />
      <Panel story={story} geo={geo} />
    </main>
  );
}
