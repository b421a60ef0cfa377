// The editor's first screen: resume a saved draft, start a new story, start from an example, or open a file (chosen
// or dropped anywhere on the page).
import { useState, type ChangeEvent } from 'react';
import { EXAMPLE_STORIES } from './examples';
import type { Draft } from './draftStore';
import { draftName } from './draftName';
import { draftFromExample, draftFromFile, newDraft } from './openDraft';

const savedAt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function OpenScreen({
  drafts,
  draftsProblem,
  onOpen,
  onDelete,
  message,
  setMessage,
}: {
  drafts: readonly Draft[];
  draftsProblem: string | null;
  onOpen: (draft: Draft) => void;
  onDelete: (draft: Draft) => void;
  message: string;
  setMessage: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const opened = (draft: Draft | string) => {
    setBusy(false);
    if (typeof draft === 'string') setMessage(draft);
    else onOpen(draft);
  };
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void draftFromFile(file).then(opened);
  };
  return (
    <main className="open-screen" aria-labelledby="open-heading">
      <h1 id="open-heading">Story editor</h1>
      <p>
        Make a map for an article: paste its text, make claims from its sentences, put places and lines on the map, and
        check every claim against its sources. Your drafts are kept in this browser.
      </p>
      <p role="status" className="open-screen__message">
        {message}
      </p>
      {drafts.length > 0 ? (
        <section aria-labelledby="resume-heading">
          <h2 id="resume-heading">Resume a draft</h2>
          <ul className="draft-list">
            {drafts.map((draft) => (
              <li key={draft.key}>
                <button type="button" className="primary" onClick={() => onOpen(draft)}>
                  Resume “{draftName(draft)}”
                </button>{' '}
                <span className="draft-list__saved">saved {savedAt.format(draft.savedAt)}</span>{' '}
                <button type="button" onClick={() => onDelete(draft)}>
                  Delete <span className="visually-hidden">“{draftName(draft)}”</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {draftsProblem ? <p className="open-screen__warning">{draftsProblem}</p> : null}
      <section aria-labelledby="start-heading">
        <h2 id="start-heading">Start</h2>
        <ul className="start-list">
          <li>
            <button type="button" onClick={() => onOpen(newDraft())}>
              New, empty story
            </button>
          </li>
          {EXAMPLE_STORIES.map((example) => (
            <li key={example.url}>
              <button
                type="button"
                disabled={busy}
                onClick={() => {
                  setBusy(true);
                  void draftFromExample(example.url).then(opened);
                }}
              >
                Example: {example.title}
              </button>
            </li>
          ))}
          <li>
            <label className="file-button">
              Open a story file <input type="file" accept=".json,application/json" onChange={chooseFile} />
            </label>{' '}
            <span className="field__hint">or drop one anywhere on this page.</span>
          </li>
        </ul>
      </section>
      <p>
        <a href="./">Back to the map</a>
      </p>
    </main>
  );
}
