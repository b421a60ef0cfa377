// Words for what the map shows: the announcement when the selection changes, and a text summary for readers who cannot see it.
import type { Selection } from '../story/selection';
import { findElement, type StoryElement } from './claimLinks';
import { displayName, regionName } from './model/names';
import type { RelationStatus, Story } from './model/schema';

const KIND_WORD = { claim: 'Claim', region: 'Region', place: 'Place', relation: 'Line' } as const;

// A region goes by its usual name, as on its card; a contested place by both its names; a line by its label.
function mapElementName(element: Exclude<StoryElement, { kind: 'claim' }>): string {
  switch (element.kind) {
    case 'region':
      return regionName(element.item);
    case 'place':
      return displayName(element.item);
    case 'relation':
      return element.item.label;
  }
}

/** What the selection is, in words, for the tab title and the embed's status line, e.g. "Place: Name / Other name";
 * null when nothing (known) is selected. */
export function selectionLabel(story: Story, selection: Selection): string | null {
  const element = selection ? findElement(story, selection) : null;
  if (!element) return null;
  const name =
    element.kind === 'claim' ? `${element.item.parts.join(', ')}: ${element.item.text}` : mapElementName(element);
  return `${KIND_WORD[element.kind]}: ${name}`;
}

/** One sentence for a screen reader's polite announcement: what is now selected, or that the whole story is back. */
export function describeSelection(story: Story, selection: Selection): string {
  const element = selection ? findElement(story, selection) : null;
  if (!element) return 'Showing the whole story.';
  if (element.kind === 'claim')
    return `${KIND_WORD.claim} ${element.item.parts.join(', ')} selected: ${element.item.text}`;
  return `${KIND_WORD[element.kind]} selected: ${mapElementName(element)}.`;
}

/** Joins names as prose: "a", "a and b", "a, b and c". */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** What the map draws, in words: the regions, the pins and the lines between them (with any line's status that day). */
export function mapSummary(story: Story, statuses: Readonly<Record<string, RelationStatus>> = {}): string {
  const names = (place: string) => {
    const found = story.places.find((candidate) => candidate.id === place);
    return found ? displayName(found) : place;
  };
  const regions = listInProse(story.regions.map(regionName));
  const places = listInProse(story.places.map((place) => displayName(place)));
  const lines = story.relations.map((relation) => {
    const status = statuses[relation.id] ?? 'active';
    const drawnAs = status === 'active' ? '' : `, drawn as ${status}`;
    return `${relation.label} (${names(relation.from)} to ${names(relation.to)}${drawnAs})`;
  });
  return [
    `The map shows ${regions}.`,
    `It marks ${story.places.length} places: ${places}.`,
    `${story.relations.length} lines join them: ${lines.join('; ')}.`,
    'Every region, place and line is also listed below as a button that selects it.',
  ].join(' ');
}

/** The page's title for the story with nothing selected. */
export function pageTitle(story: Story): string {
  return `${story.article.title} — the conflict on a map`;
}

/** The page's description (search results, link previews): the story's own, else one made from its article. */
export function pageDescription(story: Story): string {
  const { title, outlet } = story.article;
  return (
    story.map.description ??
    `An interactive map of “${title}” (${outlet}): every claim linked to the places and ties it names, with sourced fact checks.`
  );
}

/** What the map is called: its picture's and its embed's title. */
export function mapTitle(story: Story): string {
  return story.map.title ?? `Interactive map: ${story.article.title}`;
}
