// Share: the link to the current view and the embed snippet for it, copied in one click or selected by hand.
import { useId, useRef, useState } from 'react';
import { useAppStore } from '../state/react/useAppStore';
import { embedSnippet, fullMapUrl } from './shareLinks';
import './share.css';

type Field = 'link' | 'snippet';

export function ShareControl() {
  const selection = useAppStore((state) => state.selection);
  const date = useAppStore((state) => state.date);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const fields = useRef<Record<Field, HTMLTextAreaElement | null>>({ link: null, snippet: null });
  const id = useId();
  const view = { selection, date, outline: null };
  const texts: Record<Field, string> = {
    link: fullMapUrl(window.location.href, view),
    snippet: embedSnippet(window.location.href, view),
  };
  const names: Record<Field, string> = { link: 'Link to this view', snippet: 'Embed code for this view' };

  const copy = async (field: Field) => {
    try {
      await navigator.clipboard.writeText(texts[field]);
      setStatus(`${names[field]} copied.`);
    } catch {
      // No clipboard here (permissions, a sandbox): leave the text selected for the reader to copy.
      fields.current[field]?.select();
      setStatus('Copying is not allowed here: the text is selected, copy it with your keyboard or menu.');
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        className="share__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Share this view
      </button>
      <div id={id} hidden={!open}>
        {(['link', 'snippet'] as const).map((field) => (
          <div className="share__field" key={field}>
            <label htmlFor={`${id}-${field}`}>{names[field]}</label>
            <textarea
              id={`${id}-${field}`}
              readOnly
              rows={field === 'link' ? 2 : 4}
              value={texts[field]}
              ref={(node) => void (fields.current[field] = node)}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy(field)}>
              Copy {field === 'link' ? 'link' : 'embed code'}
            </button>
          </div>
        ))}
        <p role="status" className="share__status">
          {status}
        </p>
      </div>
    </div>
  );
}
