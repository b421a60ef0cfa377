// The page: while loading, a placeholder; on failure, what is wrong and where; when ready, the map and the panel.
import { MapView } from '../map/MapView';
import { Panel } from '../panels/Panel';
import { useAppStore } from '../state/useAppStore';

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

export function App() {
  const data = useAppStore((state) => state.data);
  if (data.status === 'failed') return <LoadFailure title={data.title} problems={data.problems} />;
  if (data.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p>Loading the map…</p>
      </main>
    );
  }
  return (
    <main className="app">
      <h1 className="visually-hidden">Conflict map: {data.story.article.title}</h1>
      <MapView story={data.story} geo={data.geo} />
      <Panel story={data.story} geo={data.geo} />
    </main>
  );
}
