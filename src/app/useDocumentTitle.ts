// The tab's title names the selected item, so bookmarks, history and citations say what the view shows.
import { useEffect } from 'react';
import { pageTitle, selectionLabel } from '../story/describe';
import type { Story } from '../story/model/schema';
import type { Selection } from '../story/selection';

function selectionTitle(story: Story, selection: Selection): string {
  const base = pageTitle(story);
  const label = selectionLabel(story, selection);
  return label ? `${label} · ${base}` : base;
}

export function useDocumentTitle(story: Story, selection: Selection): void {
  useEffect(() => {
    document.title = selectionTitle(story, selection);
  }, [story, selection]);
}
