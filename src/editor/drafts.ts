// Drafts live in the browser's own database (IndexedDB, through idb-keyval), one entry each, so several can be kept.
// A write to it finishes after the page may be gone (a reload right after a keystroke), so the draft being edited is
// also mirrored, synchronously, in localStorage: on opening, the newer of the two wins. Where the browser refuses the
// database (some private windows), each call says so.
import { createStore, del, entries, set } from 'idb-keyval';
import type { Draft } from './draftStore';

let opened: ReturnType<typeof createStore> | null = null;
const drafts = () => (opened ??= createStore('conflict-map-editor', 'drafts'));
const MIRROR = 'conflict-map-editor:current';

const isDraft = (value: unknown): value is Draft =>
  typeof value === 'object' &&
  value !== null &&
  'key' in value &&
  typeof value.key === 'string' &&
  'text' in value &&
  typeof value.text === 'string' &&
  'savedAt' in value &&
  typeof value.savedAt === 'number' &&
  'article' in value;

function mirrored(): Draft | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(MIRROR) ?? 'null');
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves a draft as of now (an undo makes the draft an earlier one, saved later). */
export function saveDraft(edited: Draft): Promise<void> {
  const draft = { ...edited, savedAt: Date.now() };
  try {
    localStorage.setItem(MIRROR, JSON.stringify(draft));
  } catch {
    // Over the storage quota, or no storage: the database still has it.
  }
  return set(draft.key, draft, drafts());
}

/** The saved drafts, latest first; entries that are not drafts (another version's) are skipped. */
export async function listDrafts(): Promise<Draft[]> {
  const saved = (await entries(drafts())).map(([, value]) => value as unknown).filter(isDraft);
  const mirror = mirrored();
  const stored = mirror ? saved.find((draft) => draft.key === mirror.key) : undefined;
  if (mirror && (!stored || stored.savedAt < mirror.savedAt)) {
    await set(mirror.key, mirror, drafts());
    return listDrafts();
  }
  return saved.sort((a, b) => b.savedAt - a.savedAt);
}

export async function deleteDraft(key: string): Promise<void> {
  if (mirrored()?.key === key) localStorage.removeItem(MIRROR);
  await del(key, drafts());
}
