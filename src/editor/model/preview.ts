// The draft as the map can draw it while it is still being written: a story that has not passed the checker yet
// (a place with no summary, a relation with no source) is mended with stand-ins, and what cannot be mended (a place
// with no coordinates, a line to a place that is gone) is left off. Only the map sees this; the checker judges the
// file. Pure.
import { storySchema, type Story } from '../../story/model/schema';

/** The stand-in for a text not written yet. */
const UNWRITTEN = '…';
const TOP_LISTS = ['sources', 'regions', 'places', 'relations', 'claims', 'facts', 'areaFigures', 'timeline'] as const;
/** The schema's checks are run this many times at most: each round mends what the last one found. */
const MAX_ROUNDS = 12;

type Json = Record<string, unknown>;
type Issue = { path: readonly PropertyKey[]; code: string; message: string };

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the map draws of a draft. `today` stands in for the article's dates while they are unset. What the outlines
 * can draw is given by `drawable` (a built feature, a country with a file). */
export function previewStory(
  document: unknown,
  today: string,
  drawable: { features: ReadonlySet<string>; countries: ReadonlySet<string> },
): Story {
  const value: Json = isObject(document) ? structuredClone(document) : {};
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = storySchema.safeParse(value);
    if (result.success) return resolved(result.data, drawable);
    const dropped = new Map<string, Set<number>>();
    for (const issue of result.error.issues) mend(value, issue, today, dropped);
    for (const [list, indexes] of dropped) {
      const items = value[list];
      if (Array.isArray(items)) value[list] = items.filter((_, index) => !indexes.has(index));
    }
  }
  return resolved(storySchema.parse(emptyStory(today)), drawable);
}

function emptyStory(today: string): Json {
  return {
    version: 1,
    id: 'draft',
    article: articleStandIn({}, today),
    ...Object.fromEntries(TOP_LISTS.map((list) => [list, []])),
  };
}

function articleStandIn(article: Json, today: string): Json {
  const text = (key: string) =>
    typeof article[key] === 'string' && article[key].trim() !== '' ? article[key] : UNWRITTEN;
  const day = (key: string) =>
    typeof article[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(article[key]) ? article[key] : today;
  const parts = Array.isArray(article['parts']) && article['parts'].length > 0 ? article['parts'] : undefined;
  return {
    title: text('title'),
    outlet: text('outlet'),
    author: text('author'),
    published: day('published'),
    eventDate: day('eventDate'),
    sections: [],
    parts: parts ?? [{ id: '¶1', kind: 'paragraph' }],
  };
}

/** Mends the value an issue points at, or marks its item of a top-level list to be left off. */
function mend(value: Json, issue: Issue, today: string, dropped: Map<string, Set<number>>): void {
  const [top, index, ...rest] = issue.path;
  if (top === 'article') {
    value['article'] = articleStandIn(isObject(value['article']) ? value['article'] : {}, today);
    return;
  }
  if (top === 'version' || top === 'id' || top === undefined || top === '$schema') {
    Object.assign(value, { version: 1, id: 'draft', $schema: undefined });
    if (top === undefined) Object.assign(value, emptyStory(today));
    return;
  }
  if (top === 'map') {
    delete value['map'];
    return;
  }
  if (typeof top !== 'string' || typeof index !== 'number') {
    if (typeof top === 'string') value[top] = [];
    return;
  }
  const item: unknown = (value[top] as unknown[] | undefined)?.[index];
  // The object that holds the field at fault: the item, or one inside it (an outline, a name, a check).
  const field = rest.at(-1);
  const holder = rest
    .slice(0, -1)
    .reduce<unknown>(
      (at, key) => (isObject(at) || Array.isArray(at) ? (at as Record<PropertyKey, unknown>)[key] : undefined),
      item,
    );
  if (isObject(holder) && typeof field === 'string' && standIn(holder, field, issue)) return;
  const marked = dropped.get(top) ?? new Set<number>();
  marked.add(index);
  dropped.set(top, marked);
}

/** Fills a field still to be written; false when the field is not one a stand-in can fill. */
function standIn(item: Json, field: string, issue: Issue): boolean {
  const current = item[field];
  if (field === 'sources' || field === 'checks' || field === 'statuses' || field === 'claims') {
    item[field] = field === 'sources' ? [UNWRITTEN_SOURCE] : [];
    return true;
  }
  if (field === 'names') {
    item[field] = [{ name: UNWRITTEN }];
    return true;
  }
  if (field === 'parts') {
    item[field] = ['¶1'];
    return true;
  }
  if (field === 'elements' || field === 'about') {
    item[field] = { regions: [], places: [], relations: [] };
    return true;
  }
  const unwritten = current === undefined || (typeof current === 'string' && current.trim() === '');
  if (unwritten && issue.code !== 'invalid_format' && !['id', 'kind', 'type', 'coordinates'].includes(field)) {
    if (['validFrom', 'validTo', 'quote', 'url', 'published', 'note', 'dateText', 'labelAt', 'role'].includes(field))
      Reflect.deleteProperty(item, field);
    else item[field] = UNWRITTEN;
    return true;
  }
  return false;
}

/** The id a source list stands in with: the map never shows sources. */
const UNWRITTEN_SOURCE = 'unwritten';

/** References to what is not there are dropped, and outlines the map cannot draw. */
function resolved(story: Story, drawable: { features: ReadonlySet<string>; countries: ReadonlySet<string> }): Story {
  const regions = story.regions
    .map((region) => {
      const outlines = region.outlines.filter((outline) =>
        outline.feature !== undefined
          ? drawable.features.has(outline.feature)
          : outline.country !== undefined
            ? drawable.countries.has(outline.country)
            : outline.geometry !== undefined,
      );
      const first = outlines[0];
      if (!first) return null;
      const defaultOutline = outlines.some((outline) => outline.id === region.defaultOutline)
        ? region.defaultOutline
        : first.id;
      return { ...region, outlines, defaultOutline };
    })
    .filter((region) => region !== null);
  const places = new Set(story.places.map((place) => place.id));
  const timeline = new Set(story.timeline.map((entry) => entry.id));
  const relations = story.relations
    .filter((relation) => places.has(relation.from) && places.has(relation.to) && relation.from !== relation.to)
    .map((relation) => ({ ...relation, statuses: relation.statuses.filter((status) => timeline.has(status.since)) }));
  const known = {
    regions: new Set(regions.map((region) => region.id)),
    places,
    relations: new Set(relations.map((relation) => relation.id)),
  };
  const claims = new Set(story.claims.map((claim) => claim.id));
  const only = (elements: Story['claims'][number]['elements']) => ({
    regions: elements.regions.filter((id) => known.regions.has(id)),
    places: elements.places.filter((id) => known.places.has(id)),
    relations: elements.relations.filter((id) => known.relations.has(id)),
  });
  return {
    ...story,
    regions,
    relations,
    claims: story.claims.map((claim) => ({ ...claim, elements: only(claim.elements) })),
    facts: story.facts.map((fact) => ({ ...fact, about: only(fact.about) })),
    areaFigures: story.areaFigures.filter((figure) => known.regions.has(figure.region)),
    timeline: story.timeline.map((entry) => ({
      ...entry,
      claims: entry.claims.filter((change) => claims.has(change.claim)),
    })),
  };
}
