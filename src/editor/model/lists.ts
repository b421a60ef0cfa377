// What a draft has, by kind, as the editor's pickers list it: ids with the names a person reads. Pure.
import { valueAt } from './document';

export type Choice = { id: string; label: string };
export type StoryLists = {
  sources: Choice[];
  regions: Choice[];
  places: Choice[];
  relations: Choice[];
  claims: Choice[];
  parts: Choice[];
  timeline: Choice[];
  facts: Choice[];
  areaFigures: Choice[];
};

const itemsOf = (document: unknown, list: string): Record<string, unknown>[] => {
  const items = valueAt(document, [list]);
  return Array.isArray(items)
    ? items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
};

const text = (value: unknown): string => (typeof value === 'string' && value.trim() !== '' ? value : '');

const firstName = (item: Record<string, unknown>): string => text(valueAt(item, ['names', 0, 'name']));

function choices(document: unknown, list: string, label: (item: Record<string, unknown>) => string): Choice[] {
  return itemsOf(document, list)
    .filter((item) => typeof item['id'] === 'string' && item['id'] !== '')
    .map((item) => {
      const id = String(item['id']);
      return { id, label: label(item) || id };
    });
}

export function storyLists(document: unknown): StoryLists {
  return {
    sources: choices(document, 'sources', (item) =>
      [text(item['title']), text(item['outlet'])].filter(Boolean).join(' — '),
    ),
    regions: choices(document, 'regions', firstName),
    places: choices(document, 'places', firstName),
    relations: choices(document, 'relations', (item) => text(item['label'])),
    claims: choices(document, 'claims', (item) => text(item['text'])),
    parts: choices(valueAt(document, ['article']), 'parts', (item) => String(item['id'])),
    timeline: choices(document, 'timeline', (item) =>
      [text(item['date']), text(item['label'])].filter(Boolean).join(' '),
    ),
    facts: choices(document, 'facts', (item) => text(item['text'])),
    areaFigures: choices(document, 'areaFigures', (item) => text(item['label'])),
  };
}

/** An id for a new item: its name in lower-case words joined by hyphens, numbered if taken ("gyumri", "gyumri-2"). */
export function freshId(name: string, taken: readonly string[]): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'item';
  if (!taken.includes(base)) return base;
  let number = 2;
  while (taken.includes(`${base}-${number}`)) number++;
  return `${base}-${number}`;
}
