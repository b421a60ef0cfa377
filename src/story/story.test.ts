import { describe, expect, it } from 'vitest';
import { parseStory } from './parse';
import type { Story } from './model/schema';
import type { StoryProblem } from './integrity';
import { loadShippedStory, readShippedStoryJson } from './fixtures/shippedStory';

/** The checklist's claims, in the article's order (caption C1 first). */
const CHECKLIST_CLAIM_IDS = [
  'casualties-caption',
  'talks-offer',
  'deaths-this-week',
  'landlocked',
  'area',
  'status',
  'lavrov-calls',
  'putin-macron',
  'vested-interest',
  'russia-armenia-alliance',
  'russian-base',
  'russia-azerbaijan-ties',
  'french-armenians',
  'france-turkey-tension',
  'turkey-backs-azerbaijan',
  'cavusoglu-accuses-france',
  'macron-rebuttal',
  'minsk-group',
  'minsk-group-members',
  'aliyev-vow',
];

const readStoryFile = readShippedStoryJson;
const loadGoodStory = loadShippedStory;

/** A fresh copy of the good story with one thing broken by `breakIt`. */
function brokenStory(breakIt: (story: Story) => unknown): unknown {
  const story = structuredClone(loadGoodStory());
  const replaced = breakIt(story);
  return replaced === undefined ? story : replaced;
}

function problemsOf(input: unknown): StoryProblem[] {
  const result = parseStory(input);
  return result.ok ? [] : result.problems;
}

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`fixture needs an item at index ${index}`);
  return item;
}

function partIndexOfOrder(story: Story): Map<string, number> {
  return new Map(story.article.parts.map((part, index) => [part.id, index]));
}

describe('the Karabakh 2020 story', () => {
  const story = loadGoodStory();

  it('parses with no problems', () => {
    expect(parseStory(readStoryFile())).toEqual({ ok: true, story });
  });

  it('lists the article parts C1, ¶1…¶6, C2, ¶7…¶9 in print order', () => {
    expect(story.article.parts.map((part) => part.id)).toEqual([
      'C1',
      '¶1',
      '¶2',
      '¶3',
      '¶4',
      '¶5',
      '¶6',
      'C2',
      '¶7',
      '¶8',
      '¶9',
    ]);
  });

  it('holds exactly the 20 checklist claims, in the article’s order', () => {
    expect(story.claims.map((claim) => claim.id)).toEqual(CHECKLIST_CLAIM_IDS);
  });

  it('never cites an earlier part than the claim before it', () => {
    const order = partIndexOfOrder(story);
    const firstParts = story.claims.map((claim) => order.get(itemAt(claim.parts, 0)) ?? -1);
    expect(firstParts).toEqual([...firstParts].sort((a, b) => a - b));
  });

  it('ties every claim to at least one part and one map element', () => {
    for (const claim of story.claims) {
      const { regions, places, relations } = claim.elements;
      expect(claim.parts.length, claim.id).toBeGreaterThan(0);
      expect(regions.length + places.length + relations.length, claim.id).toBeGreaterThan(0);
    }
  });

  it('checks the claims the checklist singles out against sources', () => {
    const verdicts = new Map(story.claims.map((claim) => [claim.id, claim.checks.map((check) => check.verdict)]));
    expect(verdicts.get('area')).toContain('contradicts');
    expect(verdicts.get('status')).toContain('qualifies');
    expect(verdicts.get('minsk-group-members')).toContain('contradicts');
    expect(verdicts.get('cavusoglu-accuses-france')).toContain('qualifies');
  });

  it('shows both names of the contested regional capital', () => {
    const stepanakert = story.places.find((place) => place.id === 'stepanakert');
    const names = stepanakert?.names.map((name) => name.name) ?? [];
    expect(names).toContain('Stepanakert');
    expect(names).toContain('Khankendi');
  });

  it('gives every source a title and an outlet', () => {
    for (const source of story.sources) {
      expect(source.title.trim(), source.id).not.toBe('');
      expect(source.outlet.trim(), source.id).not.toBe('');
    }
  });

  it('draws Nagorno-Karabakh as held on the article’s day by default', () => {
    const region = story.regions.find((candidate) => candidate.id === 'nagorno-karabakh');
    expect(region?.defaultOutline).toBe('pre-2020');
    expect(region?.outlines.map((outline) => outline.id)).toEqual(['pre-2020', 'post-2020']);
  });
});

describe('parseStory on broken stories', () => {
  it('reports a missing article title', () => {
    const input = brokenStory((story) => {
      Reflect.deleteProperty(story.article, 'title');
    });
    expect(problemsOf(input)).toEqual([{ path: 'article.title', message: 'is missing' }]);
  });

  it('reports an unknown place named by a claim', () => {
    const input = brokenStory((story) => {
      itemAt(story.claims, 1).elements.places[0] = 'moscw';
    });
    expect(problemsOf(input)).toEqual([{ path: 'claims.1.elements.places.0', message: 'no place with id "moscw"' }]);
  });

  it('reports a duplicate id', () => {
    const input = brokenStory((story) => {
      story.sources.push(structuredClone(itemAt(story.sources, 0)));
    });
    const duplicateIndex = loadGoodStory().sources.length;
    expect(problemsOf(input)).toEqual([
      { path: `sources.${duplicateIndex}.id`, message: 'another source already uses the id "cgtn-article"' },
    ]);
  });

  it('reports a place id that a region already uses', () => {
    const input = brokenStory((story) => {
      story.places.push({ ...itemAt(story.places, 0), id: 'armenia' });
    });
    const clashIndex = loadGoodStory().places.length;
    expect(problemsOf(input)).toEqual([
      {
        path: `places.${clashIndex}.id`,
        message: 'a region already uses the id "armenia"; places and regions need different ids',
      },
    ]);
  });

  it('reports an outline that gives its geometry no way, or two', () => {
    const input = brokenStory((story) => {
      const [first, second] = story.regions;
      const none = first?.outlines[0];
      const both = second?.outlines[0];
      if (!none || !both) throw new Error('the story has fewer than two regions with outlines');
      Reflect.deleteProperty(none, 'feature');
      both.country = '031';
    });
    expect(problemsOf(input)).toEqual([
      {
        path: 'regions.0.outlines.0',
        message: 'needs its geometry: a "feature" of the map data, a "country" code, or a "geometry" of its own',
      },
      { path: 'regions.1.outlines.0', message: 'gives its geometry 2 ways (feature, country): keep one' },
    ]);
  });

  it('reports a country code that is not three digits, and a home view turned inside out', () => {
    const input = brokenStory((story) => {
      const outline = itemAt(story.regions, 0).outlines[0];
      if (!outline) throw new Error('no outline');
      Reflect.deleteProperty(outline, 'feature');
      outline.country = 'ARM';
    });
    expect(problemsOf(input)).toEqual([
      {
        path: 'regions.0.outlines.0.country',
        message: 'must be an ISO 3166-1 numeric country code of three digits, like "764"',
      },
    ]);
    const flipped = brokenStory((story) => {
      story.map.home = [50, 38, 43, 42];
    });
    expect(problemsOf(flipped)).toEqual([
      { path: 'map.home', message: 'must be [west, south, east, north], with west < east and south < north' },
    ]);
  });

  it('reports a longitude of 200', () => {
    const input = brokenStory((story) => {
      itemAt(story.places, 0).coordinates[0] = 200;
    });
    expect(problemsOf(input)).toEqual([{ path: 'places.0.coordinates.0', message: 'longitude must be ≤ 180' }]);
  });

  it('reports a javascript: address', () => {
    const input = brokenStory((story) => {
      itemAt(story.sources, 1).url = 'javascript:alert(1)';
    });
    expect(problemsOf(input)).toEqual([{ path: 'sources.1.url', message: 'must be an http(s) address' }]);
  });

  it('reports a wrong format version', () => {
    const input = brokenStory((story) => ({ ...story, version: 2 }));
    expect(problemsOf(input)).toEqual([{ path: 'version', message: 'must be 1' }]);
  });

  it.each([null, 'a story', 42, [], undefined])('reports %j as not an object', (input) => {
    expect(problemsOf(input)).toEqual([{ path: '(root)', message: 'must be an object' }]);
  });

  it('reports a claim citing a paragraph the article lacks', () => {
    const input = brokenStory((story) => {
      itemAt(story.claims, 2).parts = ['¶42'];
    });
    expect(problemsOf(input)).toEqual([
      { path: 'claims.2.parts.0', message: 'the article has no paragraph or caption "¶42"' },
    ]);
  });

  it('reports a claim with no map element', () => {
    const input = brokenStory((story) => {
      itemAt(story.claims, 0).elements = { regions: [], places: [], relations: [] };
    });
    expect(problemsOf(input)).toEqual([
      { path: 'claims.0.elements', message: 'names no map element: add at least one region, place or relation' },
    ]);
  });

  it('reports a relation whose end is not a place', () => {
    const input = brokenStory((story) => {
      itemAt(story.relations, 0).to = 'armenia';
    });
    expect(problemsOf(input)).toEqual([{ path: 'relations.0.to', message: 'no place with id "armenia"' }]);
  });

  it('reports a default outline the region does not have', () => {
    const input = brokenStory((story) => {
      itemAt(story.regions, 2).defaultOutline = 'post-2023';
    });
    expect(problemsOf(input)).toEqual([
      { path: 'regions.2.defaultOutline', message: 'no outline with id "post-2023" in this region' },
    ]);
  });

  it('reports unknown sources, relations and regions in checks, facts and area figures', () => {
    const input = brokenStory((story) => {
      itemAt(itemAt(story.claims, 0).checks, 0).sources = ['reuterz'];
      itemAt(story.facts, 0).about.relations = ['paris-moscow-alliance'];
      itemAt(story.areaFigures, 0).region = 'karabakh';
    });
    expect(problemsOf(input)).toEqual([
      { path: 'claims.0.checks.0.sources.0', message: 'no source with id "reuterz"' },
      { path: 'facts.0.about.relations.0', message: 'no relation with id "paris-moscow-alliance"' },
      { path: 'areaFigures.0.region', message: 'no region with id "karabakh"' },
    ]);
  });

  it('never throws, whatever the input', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    const deepGarbage = {
      version: 1,
      article: { parts: [[[{}]]] },
      claims: [{ elements: { places: [{}, null] } }],
      places: 'x',
    };
    for (const input of [hostile, deepGarbage, { claims: new Array(3).fill(deepGarbage) }, Symbol('x'), () => 1]) {
      const result = parseStory(input);
      expect(result.ok).toBe(false);
    }
  });
});
