// Drafts live in the browser's own database (IndexedDB, through idb-keyval), one entry each: a reload, a crash or a
// closed tab loses nothing. Where the browser refuses the database (some private windows), each call says so.
import { createStore, del, entries, set } from 'idb-keyval';
import type { Draft } from './draftStore';

const database = () => createStore('conflict-map-editor', 'drafts');
let opened: ReturnType<typeof createStore> | null = null;
const drafts = () => (opened ??= database());

const isDraft = (value: unknown): value is Draft =>
  typeof value === 'object' &&
  value !== null &&
  'key' in value &&
  'text' in value &&
  typeof value.text === 'string' &&
  'article' in value;

export const saveDraft = (draft: Draft): Promise<void> => set(draft.key, draft, drafts());

/** The saved drafts, latest first; entries that are not drafts (another version's) are skipped. */
export async function listDrafts(): Promise<Draft[]> {
  const all = await entries(drafts());
  return all
    .map(([, value]) => value as unknown)
    .filter(isDraft)
    .sort((a, b) => b.savedAt - a.savedAt);
}

export const deleteDraft = (key: string): Promise<void> => del(key, drafts());
