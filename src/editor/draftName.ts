// What a draft is called in the bar and the list of drafts: its headline as it stands, else the name it was opened
// under.
import type { Draft } from './draftStore';
import { valueAt } from './model/document';
import { documentOf } from './useDraft';

export function draftName(draft: Draft): string {
  const title = valueAt(documentOf(draft.text), ['article', 'title']);
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : draft.name;
}
