// The editor's bar: the draft's name, undo and redo, the problem count, and publishing (download, preview, embed).
import { useContext, useId, useState } from 'react';
import { embedSnippet } from '../embed/shareLinks';
import { ProblemList } from './ProblemList';
import { documentOf, ReportContext, useDraft, useUndoHistory } from './useDraft';
import { valueAt } from './model/document';
import { draftName } from './draftName';
import { saveFile } from '../ui/saveFile';

/** The file's name: the story's id, which the checker has made sure is a plain word list. */
function fileName(text: string): string {
  const id = valueAt(documentOf(text), ['id']);
  return `${typeof id === 'string' && id !== '' ? id : 'story'}.json`;
}

function EmbedCode() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  let snippet = '';
  let problem = '';
  if (address.trim() !== '') {
    try {
      const fileUrl = new URL(address.trim());
      if (!/^https?:$/.test(fileUrl.protocol)) throw new Error('not http');
      const page = new URL('./', window.location.href);
      page.searchParams.set('story', fileUrl.toString());
      snippet = embedSnippet(page.toString(), { selection: null, date: null, outline: null });
    } catch {
      problem = 'Give the full address, starting with https://';
    }
  }
  return (
    <div className="embed-code">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Embed
      </button>
      <div id={id} hidden={!open} className="embed-code__panel">
        <label htmlFor={`${id}-address`}>Address where the story file will be hosted</label>
        <input
          id={`${id}-address`}
          type="url"
          placeholder="https://www.example.org/maps/my-story.json"
          value={address}
          onChange={(event) => setAddress(event.target.value)}
        />
        <p className="field__hint">
          {problem ||
            'Host the downloaded file there (it must allow this map’s site to read it), then paste this code into the article.'}
        </p>
        <label htmlFor={`${id}-snippet`}>Embed code</label>
        <textarea
          id={`${id}-snippet`}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
    </div>
  );
}

export function Toolbar({ onClose, onPreview }: { onClose: () => void; onPreview: () => void }) {
  const draft = useDraft((state) => state.draft);
  const { undo, redo, canUndo, canRedo } = useUndoHistory();
  const report = useContext(ReportContext);
  const errors = report?.errors ?? 1;
  const id = useId();
  if (!draft) return null;
  return (
    <header className="editor-bar">
      <button type="button" onClick={onClose}>
        Drafts
      </button>
      <p className="editor-bar__name" id={id}>
        {draftName(draft)}
      </p>
      <button type="button" disabled={!canUndo} onClick={() => undo()} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={() => redo()} aria-keyshortcuts="Control+Shift+Z Control+Y">
        Redo
      </button>
      <ProblemList />
      <button
        type="button"
        className="primary"
        disabled={errors > 0}
        onClick={() => saveFile(new Blob([draft.text], { type: 'application/json' }), fileName(draft.text))}
      >
        Download story file
      </button>
      <button type="button" disabled={errors > 0} onClick={onPreview}>
        Preview as a reader
      </button>
      <EmbedCode />
      {errors > 0 ? (
        <p className="editor-bar__note">Fix the errors to download or preview; warnings don’t block.</p>
      ) : null}
    </header>
  );
}
