import { describe, expect, it, vi } from 'vitest';
import { createDraftStore } from './draftStore';
import { newDraft } from './openDraft';
import { readDocument, valueAt } from './model/document';

const title = (store: ReturnType<typeof createDraftStore>) =>
  valueAt(readDocument(store.getState().draft?.text ?? ''), ['article', 'title']);

describe('the draft store', () => {
  it('makes typing in one field one undo step, and each other edit a step of its own', () => {
    vi.useFakeTimers();
    const store = createDraftStore();
    store.getState().open(newDraft());
    const { edit, add } = store.getState();
    for (const text of ['F', 'Fe', 'Fer', 'Ferry']) {
      edit(['article', 'title'], text, 'article.title');
      vi.advanceTimersByTime(200);
    }
    add(['sources'], { id: 's' });
    vi.advanceTimersByTime(5_000);
    edit(['article', 'title'], 'Ferry link', 'article.title');
    const { undo, redo } = store.temporal.getState();
    undo();
    expect(title(store)).toBe('Ferry');
    undo();
    expect(valueAt(readDocument(store.getState().draft?.text ?? ''), ['sources'])).toEqual([]);
    undo();
    expect(title(store)).toBe('');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    redo();
    expect(title(store)).toBe('Ferry');
    vi.useRealTimers();
  });

  it('writes the article’s parts into the story when the article changes, and never its text', () => {
    const store = createDraftStore();
    store.getState().open(newDraft());
    store.getState().setArticle({ text: 'One.\nPhoto: two.\nThree.', captions: [1] });
    const text = store.getState().draft?.text ?? '';
    expect(valueAt(readDocument(text), ['article', 'parts'])).toEqual([
      { id: '¶1', kind: 'paragraph' },
      { id: 'C1', kind: 'caption' },
      { id: '¶2', kind: 'paragraph' },
    ]);
    expect(text).not.toContain('Three.');
  });
});
