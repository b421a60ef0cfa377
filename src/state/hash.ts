// The URL hash mirrors the view: `#claim=ID`, `#region=ID&outline=ID`, … so every view can be linked and cited.
import { isSelectionKind, type Selection } from './selection';

export type HashView = {
  selection: Selection;
  /** The Nagorno-Karabakh outline chosen by the reader, when it is not the story's default. */
  outline: string | null;
};

export function parseHash(hash: string): HashView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  let selection: Selection = null;
  for (const [key, value] of params) {
    if (selection === null && isSelectionKind(key) && value !== '') selection = { kind: key, id: value };
  }
  const outline = params.get('outline');
  return { selection, outline: outline === null || outline === '' ? null : outline };
}

export function formatHash(view: HashView): string {
  const params = new URLSearchParams();
  if (view.selection) params.set(view.selection.kind, view.selection.id);
  if (view.outline) params.set('outline', view.outline);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
