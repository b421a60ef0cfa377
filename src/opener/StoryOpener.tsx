// Opening another story: a file input (for keyboards) and a drop anywhere on the page; validation loads on demand.
import { useContext, useEffect, type ChangeEvent } from 'react';
import { AppStoreContext, useAppStore } from '../state/react/useAppStore';
import { openFile, retryStoryLink } from './requestedStory';
import { echoed } from '../ui/echo';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function StoryOpener() {
  const store = useContext(AppStoreContext);
  useEffect(() => {
    if (!store) return;
    const allowDrop = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void openFile(store, file);
    };
    window.addEventListener('dragover', allowDrop);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', allowDrop);
      window.removeEventListener('drop', drop);
    };
  }, [store]);
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file && store) void openFile(store, file);
    event.currentTarget.value = '';
  };
  return (
    <p className="opener">
      <label>
        Open a story file <input type="file" accept=".json,application/json" onChange={choose} />
      </label>{' '}
      (or drop one on the page)
    </p>
  );
}

// A story broken throughout would bury the page: the first problems are enough to start fixing.
const MAX_LISTED = 30;

/** What is being opened, while it downloads and is checked (the story shown so far stays until it arrives). */
export function OpeningStatus() {
  const opening = useAppStore((state) => state.opening);
  if (!opening) return null;
  return (
    <p className="notice opening" role="status" aria-busy="true">
      Opening {opening.source === 'link' ? 'the story at' : 'the file'} {echoed(opening.name, 80)}…
    </p>
  );
}

/** Why the story the reader asked for did not open, line by line; the story already shown stays. */
export function StoryReportPanel() {
  const store = useContext(AppStoreContext);
  const report = useAppStore((state) => state.report);
  const dismiss = useAppStore((state) => state.reported);
  if (!report) return null;
  const more = report.problems.length - Math.min(report.problems.length, MAX_LISTED) + (report.omitted ?? 0);
  const { retry } = report;
  return (
    <div className="notice report" role="alert">
      <div>
        <p>
          <strong>{report.title}.</strong> The current story is still shown. Problems:
        </p>
        <ul>
          {report.problems.slice(0, MAX_LISTED).map((problem, index) => (
            <li key={index}>
              {problem.line === undefined ? '' : `line ${problem.line}: `}
              {problem.path === '(root)' ? '' : <code>{problem.path}</code>}
              {problem.path === '(root)' ? '' : ': '}
              {problem.message}
            </li>
          ))}
        </ul>
        {more > 0 ? <p>…and {more} more: npm run story:check lists them all.</p> : null}
      </div>
      {retry !== undefined && store ? (
        <button type="button" onClick={() => void retryStoryLink(store, retry)}>
          Try again
        </button>
      ) : null}
      <button type="button" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  );
}
