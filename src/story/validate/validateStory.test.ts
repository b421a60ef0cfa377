// The checker: one good and one bad fixture per check, each bad one with its exact message and place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadShippedGeo } from '../../geometry/fixtures/shippedGeo';
import { itemAt, problemsOf, storyText } from '../fixtures/editedStory';
import { loadShippedStory } from '../fixtures/shippedStory';
import type { Story } from '../model/schema';
import {
  formatProblem,
  MAX_REPORTED_PROBLEMS,
  MAX_STORY_BYTES,
  validateStoryBytes,
  validateStoryText,
} from './validateStory';
import { polygonProblems } from './outlines';

const regions = loadShippedGeo().regions;

function check(edit: (story: Story) => unknown) {
  return problemsOf(validateStoryText(storyText(edit), regions));
}

describe('good input', () => {
  test('the shipped story passes every check, outlines included', () => {
    expect(validateStoryText(storyText(), regions).ok).toBe(true);
  });
  test('the second example story passes too', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../public/stories/karabakh-2023.json'), 'utf8');
    expect(problemsOf(validateStoryText(text, regions))).toEqual([]);
  });
});

describe('files that are not a story', () => {
  test('an empty file', () => {
    expect(problemsOf(validateStoryText(' \n', regions))).toEqual([
      { path: '(root)', message: 'the file is empty: a story is a JSON object (see AUTHORING.md)' },
    ]);
  });
  test('text that is not JSON names the line and column', () => {
    const result = validateStoryText('{\n  "version": 1,\n  id: "x"\n}', regions);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '(root)',
          message: 'not valid JSON: unexpected character (names and text need double quotes)',
          line: 3,
          column: 3,
        },
      ],
      omitted: 0,
    });
  });
  test('a trailing comma is not JSON', () => {
    expect(problemsOf(validateStoryText('{"version": 1,}', regions))).toEqual([
      { path: '(root)', message: 'not valid JSON: expects a field name in double quotes' },
    ]);
  });
  test('a file over the size limit is refused unread', () => {
    expect(problemsOf(validateStoryText(' '.repeat(MAX_STORY_BYTES + 1), regions))).toEqual([
      {
        path: '(root)',
        message: 'the file is 2,097,153 bytes, 1 over the limit; a story may be at most 2.0 MB (2,097,152 bytes)',
      },
    ]);
    expect(problemsOf(validateStoryText(' '.repeat(3 * 1024 * 1024), regions))).toEqual([
      { path: '(root)', message: 'the file is 3.0 MB; a story may be at most 2.0 MB (2,097,152 bytes)' },
    ]);
  });
  test('nesting far deeper than a story needs is refused before parsing, with its place', () => {
    const deep = `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(validateStoryText(deep, regions)).toEqual({
      ok: false,
      omitted: 0,
      problems: [
        {
          path: '(root)',
          message: 'nests lists and objects more than 64 levels deep; a story needs fewer than ten',
          line: 1,
          column: 70,
        },
      ],
    });
    // Brackets inside text do not count.
    expect(problemsOf(validateStoryText(`{"a": "${'['.repeat(1000)}"}`, regions))[0]?.message).not.toMatch(/deep/);
  });
  test('a field given twice is named (JSON.parse would keep the last silently)', () => {
    const text = storyText().replace(/\n}$/, ',\n  "claims": []\n}');
    const result = validateStoryText(text, regions);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems[0]).toEqual({
      path: 'claims',
      message: 'is given twice in the same object; JSON keeps only the last, so remove one of them',
      line: text.split('\n').length - 1,
      column: 3,
    });
  });
  test('JSON of the wrong type', () => {
    expect(problemsOf(validateStoryText('[1, 2]', regions))).toEqual([
      { path: '(root)', message: 'must be an object' },
    ]);
  });
  test('a field of the wrong type', () => {
    expect(check((story) => Reflect.set(story, 'claims', 'none'))).toEqual([
      { path: 'claims', message: 'must be a list' },
    ]);
  });
  test('a field the format does not define (a typo) is named, with the fields there are', () => {
    expect(check((story) => Reflect.set(itemAt(story.claims, 0), 'qoute', 'text'))).toEqual([
      {
        path: 'claims.0.qoute',
        message: 'is not a field here; the fields are id, parts, text, quote, time, elements, checks',
      },
    ]);
  });
  test('another format version', () => {
    expect(check((story) => Reflect.set(story, 'version', 2))).toEqual([{ path: 'version', message: 'must be 1' }]);
  });
});

describe('ids and references', () => {
  test('ids are unique', () => {
    expect(check((story) => (itemAt(story.claims, 1).id = itemAt(story.claims, 0).id))).toEqual([
      { path: 'claims.1.id', message: 'another claim already uses the id "casualties-caption"' },
    ]);
  });
  test('every id a claim names exists', () => {
    expect(check((story) => (itemAt(story.claims, 0).elements.places = ['atlantis']))).toEqual([
      { path: 'claims.0.elements.places.0', message: 'no place with id "atlantis"' },
    ]);
  });
  test('every id a fact names exists', () => {
    expect(check((story) => (itemAt(story.facts, 0).sources = ['nobody']))).toEqual([
      { path: 'facts.0.sources.0', message: 'no source with id "nobody"' },
    ]);
  });
  test('every relation joins known places', () => {
    expect(check((story) => (itemAt(story.relations, 0).to = 'atlantis'))).toEqual([
      { path: 'relations.0.to', message: 'no place with id "atlantis"' },
    ]);
  });
});

describe('claims, facts and relations', () => {
  test('a claim is tied to a map element', () => {
    expect(check((story) => (itemAt(story.claims, 0).elements = { regions: [], places: [], relations: [] }))).toEqual([
      { path: 'claims.0.elements', message: 'names no map element: add at least one region, place or relation' },
    ]);
  });
  test('a claim is tied to a paragraph', () => {
    expect(check((story) => (itemAt(story.claims, 0).parts = []))).toEqual([
      { path: 'claims.0.parts', message: 'must cite at least one paragraph or caption' },
    ]);
  });
  test('a claim cites a paragraph the article has', () => {
    expect(check((story) => (itemAt(story.claims, 0).parts = ['¶99']))).toEqual([
      { path: 'claims.0.parts.0', message: 'the article has no paragraph or caption "¶99"' },
    ]);
  });
  test('a fact is sourced', () => {
    expect(check((story) => (itemAt(story.facts, 0).sources = []))).toEqual([
      { path: 'facts.0.sources', message: 'must name at least one source' },
    ]);
  });
  test('a relation is sourced', () => {
    expect(check((story) => Reflect.deleteProperty(itemAt(story.relations, 0), 'sources'))).toEqual([
      { path: 'relations.0.sources', message: 'is missing' },
    ]);
  });
});

describe('coordinates, dates and links', () => {
  test('coordinates are in range', () => {
    expect(check((story) => (itemAt(story.places, 0).coordinates = [200, -95]))).toEqual([
      { path: 'places.0.coordinates.0', message: 'longitude must be ≤ 180' },
      { path: 'places.0.coordinates.1', message: 'latitude must be ≥ -90' },
    ]);
  });
  test('dates are real days', () => {
    expect(check((story) => (story.article.published = '2020-02-30'))).toEqual([
      { path: 'article.published', message: 'must be a date written YYYY-MM-DD' },
    ]);
  });
  test('the event comes before the article', () => {
    expect(check((story) => (story.article.eventDate = '2020-10-05'))).toEqual([
      {
        path: 'article.eventDate',
        message: 'the event (2020-10-05) must not be later than the article reporting it (2020-10-01)',
      },
    ]);
  });
  test('links are http or https only', () => {
    expect(check((story) => (itemAt(story.sources, 1).url = 'javascript:alert(1)'))).toEqual([
      { path: 'sources.1.url', message: 'must be an http(s) address' },
    ]);
    expect(check((story) => (itemAt(story.sources, 1).url = 'data:text/html,hi'))).toEqual([
      { path: 'sources.1.url', message: 'must be an http(s) address' },
    ]);
  });
});

describe('outlines', () => {
  const square = [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ];
  test('a closed, simple polygon is fine', () => {
    expect(polygonProblems({ type: 'Polygon', coordinates: square })).toEqual([]);
  });
  test('an outline names a feature of the region file', () => {
    expect(check((story) => (itemAt(itemAt(story.regions, 0).outlines, 0).feature = 'armenia-1990'))).toEqual([
      {
        path: 'regions.0.outlines.0.feature',
        message: 'no feature "armenia-1990" in the region outlines of the map data',
      },
    ]);
  });
  test('a ring must be closed', () => {
    expect(
      polygonProblems({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
    ).toEqual(['has a ring that is not closed: it starts at 0, 0 but ends at 0, 1']);
  });
  test('a polygon must not cross itself', () => {
    expect(
      polygonProblems({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 1],
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          ],
        ],
      }),
    ).toEqual(['crosses itself at 0.5, 0.5']);
  });
  test('points are in range', () => {
    expect(
      polygonProblems({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [181, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toEqual(['has a point out of range (181, 0): longitude must be within ±180, latitude within ±90']);
  });
  test('a region file feature that is not a polygon', () => {
    const regionFile = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'armenia' }, geometry: { type: 'Point', coordinates: [0, 0] } }],
    };
    const text = storyText();
    const result = validateStoryText(text, regionFile);
    expect(problemsOf(result)).toContainEqual({
      path: 'regions.0.outlines.0.feature',
      message: 'the feature "armenia" is not a Polygon or MultiPolygon with numeric coordinates',
    });
  });
});

describe('one rule for every way a file comes in', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  test('UTF-8 with or without a byte-order mark is the same story', () => {
    const text = storyText();
    expect(validateStoryBytes(bytes(text), regions).ok).toBe(true);
    expect(validateStoryBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]), regions).ok).toBe(true);
    expect(validateStoryText(`\ufeff${text}`, regions).ok).toBe(true);
  });
  test('UTF-16, with or without its byte-order mark, is refused with what to do', () => {
    const utf16 = (text: string) => new Uint8Array(new Uint16Array(Array.from(text, (c) => c.charCodeAt(0))).buffer);
    for (const file of [new Uint8Array([0xff, 0xfe, ...utf16('{}')]), utf16('{"version": 1}')])
      expect(problemsOf(validateStoryBytes(file, regions))).toEqual([
        { path: '(root)', message: 'is UTF-16 text; a story must be UTF-8: save it again as UTF-8' },
      ]);
  });
  test('bytes that are not UTF-8 are refused', () => {
    expect(problemsOf(validateStoryBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), regions))).toEqual([
      { path: '(root)', message: 'is not UTF-8 text (it has bytes no UTF-8 text has): save it again as UTF-8' },
    ]);
  });
});

describe('a file full of problems', () => {
  test('the first hundred are listed with their lines, the rest counted; the cost grows with the file', () => {
    const story = structuredClone(loadShippedStory());
    const claim = itemAt(story.claims, 0);
    // Nearly 2 MB: 2,400 claims, each with a misspelt field and no paragraph (4,800 problems).
    story.claims = Array.from({ length: 2_400 }, (_, index) => ({ ...claim, id: `c${index}`, parts: [], qoute: 'x' }));
    const text = JSON.stringify(story, null, 2);
    expect(text.length).toBeGreaterThan(1_900_000);
    const result = validateStoryText(text, regions);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(result.omitted).toBe(4_800 - MAX_REPORTED_PROBLEMS);
    const lines = text.split('\n');
    for (const problem of result.problems) {
      const field = problem.path.split('.').at(-1) ?? '';
      expect(lines[(problem.line ?? 0) - 1]).toContain(`"${field}": `);
    }
  }, 60_000);
});

describe('where a problem is', () => {
  test('the line and column of the field at fault', () => {
    const text = storyText((story) => (itemAt(story.claims, 1).id = itemAt(story.claims, 0).id));
    const result = validateStoryText(text, regions);
    const problem = result.ok ? undefined : result.problems[0];
    const lines = text.split('\n');
    expect(problem?.line).toBeDefined();
    expect(lines[(problem?.line ?? 0) - 1]).toContain('"id": "casualties-caption"');
    expect(formatProblem('story.json', problem ?? { path: '', message: '' })).toBe(
      `story.json:${String(problem?.line)}:${String(problem?.column)}: claims.1.id: another claim already uses the id "casualties-caption"`,
    );
  });
  test('a missing field points at the object that lacks it', () => {
    const text = storyText((story) => Reflect.deleteProperty(itemAt(story.relations, 0), 'sources'));
    const result = validateStoryText(text, regions);
    const line = result.ok ? 0 : (result.problems[0]?.line ?? 0);
    expect(text.split('\n')[line - 1]?.trim()).toBe('{');
    expect(text.split('\n')[line]).toContain('"id": "moscow-yerevan-talks-offer"');
  });
});
