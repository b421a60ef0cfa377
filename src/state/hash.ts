// The URL hash mirrors the view: `#claim=ID`, `#region=ID&date=YYYY-MM-DD`, … so every view can be linked and cited.
import { isSelectionKind, type Selection } from '../story/selection';

export type LinkedView = {
  selection: Selection;
  /** The day the map shows, as written in the link (checked by the store); null means the article's day. */
  date: string | null;
  /** An outline named by an older link (`&outline=post-2020`); the store turns it into a day on which it is drawn. */
  outline: string | null;
};

export function parseHash(hash: string): LinkedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  let selection: Selection = null;
  for (const [key, value] of params) {
    if (selection === null && isSelectionKind(key) && value !== '') selection = { kind: key, id: value };
  }
  const nonEmpty = (value: string | null) => (value === null || value === '' ? null : value);
  return { selection, date: nonEmpty(params.get('date')), outline: nonEmpty(params.get('outline')) };
}

export function formatHash(view: { selection: Selection; date: string | null }): string {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.kind, view.selection.id);
  if (view.date) params.set('date', view.date);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
