// The React binding of the draft store, and the problems the checker found in the draft, shared by every field.
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { DraftActions, DraftStore, Draft } from './draftStore';
import type { DraftProblem, DraftReport } from './model/problems';
import { dotted, readDocument, valueAt, type Path } from './model/document';
import { storyLists, type StoryLists } from './model/lists';

export const DraftStoreContext = createContext<DraftStore | null>(null);
export const ReportContext = createContext<DraftReport | null>(null);

function useDraftStore(): DraftStore {
  const store = useContext(DraftStoreContext);
  if (!store) throw new Error('useDraft must be used inside <DraftStoreContext.Provider>');
  return store;
}

export function useDraft<T>(selector: (state: { draft: Draft | null } & DraftActions) => T): T {
  return useStore(useDraftStore(), selector);
}

export function useUndoHistory(): { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean } {
  const temporal = useDraftStore().temporal;
  const undo = useStore(temporal, (state) => state.undo);
  const redo = useStore(temporal, (state) => state.redo);
  const canUndo = useStore(temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(temporal, (state) => state.futureStates.length > 0);
  return { undo, redo, canUndo, canRedo };
}

/** The story as a value (memoised on the text by the document cache). */
const cache = new Map<string, unknown>();
export function documentOf(text: string): unknown {
  let value = cache.get(text);
  if (value === undefined && !cache.has(text)) {
    value = readDocument(text);
    if (cache.size > 8) cache.clear();
    cache.set(text, value);
  }
  return value;
}

export function useValue(path: Path): unknown {
  const text = useDraft((state) => state.draft?.text ?? '');
  return valueAt(documentOf(text), path);
}

/** The problems at exactly this field. */
export function useProblemsAt(path: Path): DraftProblem[] {
  const report = useContext(ReportContext);
  const key = dotted(path);
  return report?.problems.filter((problem) => problem.path === key) ?? [];
}

/** The draft's items by kind, for pickers. */
export function useLists(): StoryLists {
  const text = useDraft((state) => state.draft?.text ?? '');
  return useMemo(() => storyLists(documentOf(text)), [text]);
}

/** How many items the list at `path` has. */
export function useCount(path: Path): number {
  const value = useValue(path);
  return Array.isArray(value) ? value.length : 0;
}
