// Checks a parsed story for what the schema cannot see: unique ids, references that point
// nowhere, claims without paragraphs or map elements. Pure: no React or MapLibre here.
import { isValidOn, type Dated } from '../time/validity';
import { changeProblems } from './changeIntegrity';
import type { Elements, Outline, Story } from './model/schema';
import { outlineSourcesGiven } from './model/outlines';

/** One thing wrong with a story: where (a dotted path such as `claims.3.elements.places.0`) and what. */
export type StoryProblem = { path: string; message: string };

type WithId = { readonly id: string };

/** The ids a story defines, by kind, for looking references up. */
type KnownIds = {
  readonly sources: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
  readonly parts: ReadonlySet<string>;
};

export function findStoryProblems(story: Story): StoryProblem[] {
  const known = collectKnownIds(story);
  return [
    ...duplicateIdProblems(story),
    ...articlePartProblems(story),
    ...articleDateProblems(story),
    ...regionProblems(story, known),
    ...mapProblems(story),
    ...placeProblems(story, known),
    ...relationProblems(story, known),
    ...claimProblems(story, known),
    ...factProblems(story, known),
    ...areaFigureProblems(story, known),
    ...timelineProblems(story, known),
    ...dateRangeProblems(story),
    ...claimDateProblems(story),
    ...changeProblems(story),
  ];
}

function collectKnownIds(story: Story): KnownIds {
  return {
    sources: idsOf(story.sources),
    regions: idsOf(story.regions),
    places: idsOf(story.places),
    relations: idsOf(story.relations),
    parts: idsOf(story.article.parts),
  };
}

function idsOf(items: readonly WithId[]): Set<string> {
  return new Set(items.map((item) => item.id));
}

// ── Unique ids ────────────────────────────────────────────────────────────────

function duplicateIdProblems(story: Story): StoryProblem[] {
  return [
    ...repeatedIds(story.sources, 'sources', 'another source'),
    ...repeatedIds(story.regions, 'regions', 'another region'),
    ...repeatedIds(story.places, 'places', 'another place'),
    ...repeatedIds(story.relations, 'relations', 'another relation'),
    ...repeatedIds(story.claims, 'claims', 'another claim'),
    ...repeatedIds(story.facts, 'facts', 'another fact'),
    ...repeatedIds(story.areaFigures, 'areaFigures', 'another area figure'),
    ...repeatedIds(story.timeline, 'timeline', 'another timeline entry'),
    ...placeRegionClashes(story),
  ];
}

/** Flags every item whose id an earlier item of the same list already uses. */
function repeatedIds(items: readonly WithId[], listPath: string, owner: string): StoryProblem[] {
  const seen = new Set<string>();
  const problems: StoryProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      problems.push({ path: `${listPath}.${index}.id`, message: `${owner} already uses the id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return problems;
}

/** Places and regions share the map's selection, so one id must not name both. */
function placeRegionClashes(story: Story): StoryProblem[] {
  const regionIds = idsOf(story.regions);
  return story.places.flatMap((place, index) =>
    regionIds.has(place.id)
      ? [
          {
            path: `places.${index}.id`,
            message: `a region already uses the id "${place.id}"; places and regions need different ids`,
          },
        ]
      : [],
  );
}

// ── Article ───────────────────────────────────────────────────────────────────

function articlePartProblems(story: Story): StoryProblem[] {
  const parts = story.article.parts;
  const mismatchedKinds = parts.flatMap((part, index) => {
    const expected = part.id.startsWith('C') ? 'caption' : 'paragraph';
    return part.kind === expected
      ? []
      : [
          {
            path: `article.parts.${index}.kind`,
            message: `"${part.id}" names a ${expected}, but its kind is "${part.kind}"`,
          },
        ];
  });
  return [...repeatedIds(parts, 'article.parts', 'another part of the article'), ...mismatchedKinds];
}

/** ISO dates (YYYY-MM-DD) compare correctly as text. */
function articleDateProblems(story: Story): StoryProblem[] {
  const { published, eventDate } = story.article;
  return eventDate > published
    ? [
        {
          path: 'article.eventDate',
          message: `the event (${eventDate}) must not be later than the article reporting it (${published})`,
        },
      ]
    : [];
}

// ── References ────────────────────────────────────────────────────────────────

/** Flags an id that `known` does not hold, e.g. `no place with id "moscw"`. */
function unknownId(id: string, known: ReadonlySet<string>, path: string, noun: string): StoryProblem[] {
  return known.has(id) ? [] : [{ path, message: `no ${noun} with id "${id}"` }];
}

function unknownIds(
  ids: readonly string[],
  known: ReadonlySet<string>,
  listPath: string,
  noun: string,
): StoryProblem[] {
  return ids.flatMap((id, index) => unknownId(id, known, `${listPath}.${index}`, noun));
}

function unknownSources(ids: readonly string[], known: KnownIds, listPath: string): StoryProblem[] {
  return unknownIds(ids, known.sources, listPath, 'source');
}

function unknownElements(elements: Elements, known: KnownIds, elementsPath: string): StoryProblem[] {
  return [
    ...unknownIds(elements.regions, known.regions, `${elementsPath}.regions`, 'region'),
    ...unknownIds(elements.places, known.places, `${elementsPath}.places`, 'place'),
    ...unknownIds(elements.relations, known.relations, `${elementsPath}.relations`, 'relation'),
  ];
}

function countElements(elements: Elements): number {
  return elements.regions.length + elements.places.length + elements.relations.length;
}

// ── Collections ───────────────────────────────────────────────────────────────

function regionProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.regions.flatMap((region, index) => {
    const path = `regions.${index}`;
    const outlineIds = idsOf(region.outlines);
    const missingDefault = outlineIds.has(region.defaultOutline)
      ? []
      : [{ path: `${path}.defaultOutline`, message: `no outline with id "${region.defaultOutline}" in this region` }];
    const outlineSourceProblems = region.outlines.flatMap((outline, outlineIndex) => [
      ...unknownSources(outline.sources, known, `${path}.outlines.${outlineIndex}.sources`),
      ...outlineWayProblems(outline, `${path}.outlines.${outlineIndex}`),
    ]);
    return [
      ...unknownSources(region.sources, known, `${path}.sources`),
      ...repeatedIds(region.outlines, `${path}.outlines`, 'another outline of this region'),
      ...outlineSourceProblems,
      ...missingDefault,
    ];
  });
}

/** An outline's geometry comes one way: from the map data, a country, or its own. */
function outlineWayProblems(outline: Outline, path: string): StoryProblem[] {
  const given = outlineSourcesGiven(outline);
  if (given.length === 1) return [];
  const message =
    given.length === 0
      ? 'needs its geometry: a "feature" of the map data, a "country" code, or a "geometry" of its own'
      : `gives its geometry ${given.length} ways (${given.join(', ')}): keep one`;
  return [{ path, message }];
}

/** The home view must be a box: west of east, south of north. */
function mapProblems(story: Story): StoryProblem[] {
  const home = story.map.home;
  if (!home) return [];
  const [west, south, east, north] = home;
  return west < east && south < north
    ? []
    : [{ path: 'map.home', message: 'must be [west, south, east, north], with west < east and south < north' }];
}

function placeProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.places.flatMap((place, index) => unknownSources(place.sources, known, `places.${index}.sources`));
}

function relationProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.relations.flatMap((relation, index) => {
    const path = `relations.${index}`;
    const sameEnds =
      relation.from === relation.to
        ? [{ path: `${path}.to`, message: `a line must join two different places, but both ends are "${relation.to}"` }]
        : [];
    return [
      ...unknownId(relation.from, known.places, `${path}.from`, 'place'),
      ...unknownId(relation.to, known.places, `${path}.to`, 'place'),
      ...sameEnds,
      ...unknownSources(relation.sources, known, `${path}.sources`),
    ];
  });
}

function claimProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.claims.flatMap((claim, index) => {
    const path = `claims.${index}`;
    const unknownParts = claim.parts.flatMap((part, partIndex) =>
      known.parts.has(part)
        ? []
        : [{ path: `${path}.parts.${partIndex}`, message: `the article has no paragraph or caption "${part}"` }],
    );
    const noElement =
      countElements(claim.elements) === 0
        ? [{ path: `${path}.elements`, message: 'names no map element: add at least one region, place or relation' }]
        : [];
    const checkSourceProblems = claim.checks.flatMap((check, checkIndex) =>
      unknownSources(check.sources, known, `${path}.checks.${checkIndex}.sources`),
    );
    return [
      ...unknownParts,
      ...noElement,
      ...unknownElements(claim.elements, known, `${path}.elements`),
      ...checkSourceProblems,
    ];
  });
}

function factProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.facts.flatMap((fact, index) => [
    ...unknownElements(fact.about, known, `facts.${index}.about`),
    ...unknownSources(fact.sources, known, `facts.${index}.sources`),
  ]);
}

function areaFigureProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.areaFigures.flatMap((figure, index) => [
    ...unknownId(figure.region, known.regions, `areaFigures.${index}.region`, 'region'),
    ...unknownSources(figure.sources, known, `areaFigures.${index}.sources`),
  ]);
}

function timelineProblems(story: Story, known: KnownIds): StoryProblem[] {
  return story.timeline.flatMap((entry, index) => unknownSources(entry.sources, known, `timeline.${index}.sources`));
}

// ── Dates ─────────────────────────────────────────────────────────────────────

/** A range must end after it starts: `validTo` is the first day the element no longer holds. */
function dateRangeProblem(element: Dated, path: string): StoryProblem[] {
  const { validFrom, validTo } = element;
  return validFrom !== undefined && validTo !== undefined && validTo <= validFrom
    ? [
        {
          path: `${path}.validTo`,
          message: `must be after validFrom (${validFrom}): it is the first day the element no longer holds`,
        },
      ]
    : [];
}

function dateRangeProblems(story: Story): StoryProblem[] {
  return [
    ...story.regions.flatMap((region, index) => [
      ...dateRangeProblem(region, `regions.${index}`),
      ...region.outlines.flatMap((outline, outlineIndex) =>
        dateRangeProblem(outline, `regions.${index}.outlines.${outlineIndex}`),
      ),
    ]),
    ...story.relations.flatMap((relation, index) => dateRangeProblem(relation, `relations.${index}`)),
    ...story.facts.flatMap((fact, index) => dateRangeProblem(fact, `facts.${index}`)),
  ];
}

/** Flags each element a claim names that does not hold on the claim's date (the article's event date). */
function claimDateProblems(story: Story): StoryProblem[] {
  const date = story.article.eventDate;
  const absent = (items: readonly (Dated & { id: string })[], ids: readonly string[], listPath: string, noun: string) =>
    ids.flatMap((id, index) => {
      const item = items.find((candidate) => candidate.id === id);
      return item && !isValidOn(item, date)
        ? [{ path: `${listPath}.${index}`, message: `the ${noun} "${id}" does not exist on the claim's date, ${date}` }]
        : [];
    });
  return story.claims.flatMap((claim, index) => [
    ...absent(story.regions, claim.elements.regions, `claims.${index}.elements.regions`, 'region'),
    ...absent(story.relations, claim.elements.relations, `claims.${index}.elements.relations`, 'relation'),
  ]);
}
