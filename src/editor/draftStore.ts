// The draft being edited, with undo and redo (zundo) over every edit. Framework-free; ./useDraft.ts binds it to React.
// Keystrokes in one field within a second of each other are one step to undo, as in a word processor.
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { append, dotted, readDocument, removeAt, setAt, valueAt, type Path } from './model/document';
import { articleParts, type ArticleText } from './model/article';

/** A draft: the story file's text, the article it is made from (kept here, never in the story), and the name it was
 * opened under (a file's), for when the story has no headline yet. */
export type Draft = { key: string; name: string; text: string; article: ArticleText; savedAt: number };

/** `added`: the path of the item added last (`claims.3`), which the editor opens. */
type DraftState = { draft: Draft | null; added: string | null };
export type DraftActions = {
  open: (draft: Draft) => void;
  close: () => void;
  /** Sets (undefined: removes) one value; edits with the same `group` in a row are one undo step. */
  edit: (path: Path, value: unknown, group?: string) => void;
  add: (path: Path, value: unknown) => void;
  remove: (path: Path) => void;
  /** The article's text and captions, and the parts the story lists from them. */
  setArticle: (article: ArticleText) => void;
};

/** Edits of one field closer together than this are one undo step. */
const GROUP_MS = 1000;

export function createDraftStore() {
  let group: string | null = null;
  let lastGroup: string | null = null;
  let lastAt = 0;
  const store = createStore<DraftState & DraftActions>()(
    temporal(
      (set, get) => {
        const change = (update: (text: string) => string, nextGroup: string | null = null) => {
          const draft = get().draft;
          if (!draft) return;
          group = nextGroup;
          set({ draft: { ...draft, text: update(draft.text), savedAt: Date.now() } });
        };
        return {
          draft: null,
          added: null,
          open: (draft) => {
            set({ draft });
            store.temporal.getState().clear();
          },
          close: () => {
            set({ draft: null });
            store.temporal.getState().clear();
          },
          edit: (path, value, nextGroup) => change((text) => setAt(text, path, value), nextGroup ?? null),
          add: (path, value) => {
            const list = valueAt(readDocument(get().draft?.text ?? ''), path);
            change((text) => append(text, path, value));
            set({ added: dotted([...path, Array.isArray(list) ? list.length : 0]) });
          },
          remove: (path) => change((text) => removeAt(text, path)),
          setArticle: (article) => {
            const draft = get().draft;
            if (!draft) return;
            group = 'article';
            const parts = articleParts(article).map(({ id, kind }) => ({ id, kind }));
            set({
              draft: { ...draft, article, text: setAt(draft.text, ['article', 'parts'], parts), savedAt: Date.now() },
            });
          },
        };
      },
      {
        partialize: (state) => ({ draft: state.draft }),
        equality: (past, current) =>
          past.draft?.text === current.draft?.text && past.draft?.article === current.draft?.article,
        limit: 500,
        handleSet: (handleSet) => (pastState, replace) => {
          const now = Date.now();
          const joined = group !== null && group === lastGroup && now - lastAt < GROUP_MS;
          lastGroup = group;
          lastAt = now;
          if (!joined) handleSet(pastState, replace);
        },
      },
    ),
  );
  return store;
}

export type DraftStore = ReturnType<typeof createDraftStore>;
