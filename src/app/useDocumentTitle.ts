// The tab's title names the selected item, so bookmarks, history and citations say what the view shows.
import { useEffect } from 'react';
import { displayName, findElement } from '../story/links';
import type { Story } from '../story/schema';
import type { Selection } from '../state/selection';

const KIND_WORDS = { claim: 'Claim', region: 'Region', place: 'Place', relation: 'Line' } as const;

/** What the selection is, in words, e.g. "Place: Stepanakert / Khankendi"; null when nothing (known) is selected. */
export function selectionLabel(story: Story, selection: Selection): string | null {
  const element = selection ? findElement(story, selection) : null;
  if (!element) return null;
  const name =
    element.kind === 'claim'
      ? `${element.item.parts.join(', ')}: ${element.item.text}`
      : element.kind === 'relation'
        ? element.item.label
        : displayName(element.item);
  return `${KIND_WORDS[element.kind]}: ${name}`;
}

export function selectionTitle(story: Story, selection: Selection): string {
  const base = `${story.article.title} — the conflict on a map`;
  const label = selectionLabel(story, selection);
  return label ? `${label} · ${base}` : base;
}

export function useDocumentTitle(story: Story, selection: Selection): void {
  useEffect(() => {
    document.title = selectionTitle(story, selection);
  }, [story, selection]);
}
