import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { storyJsonSchema } from './storySchema';

function readStory(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../public/stories', name), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('story.schema.json', () => {
  test('is generated from the zod schema, versioned, and lets story files name it', () => {
    const schema = JSON.parse(storyJsonSchema()) as {
      title: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { const?: unknown; items?: { properties: Record<string, { pattern?: string }> } }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['sources']?.items?.properties['url']?.pattern).toBe('^https?://');
    expect(schema.title).toBe('Story, format version 1');
    expect(schema.properties['version']?.const).toBe(1);
    expect(Object.keys(schema.properties)).toContain('$schema');
    expect(schema.required).toEqual([
      'version',
      'id',
      'article',
      'sources',
      'regions',
      'places',
      'relations',
      'claims',
      'facts',
      'areaFigures',
    ]);
  });

  test('accepts the shipped stories and rejects what an editor should flag', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(storyJsonSchema()) as object);
    expect(validate(readStory('karabakh-2020.json'))).toBe(true);
    expect(validate(readStory('karabakh-2023.json'))).toBe(true);
    const typo = { ...readStory('karabakh-2023.json'), storyTitle: 'x' };
    expect(validate(typo)).toBe(false);
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ additionalProperty: 'storyTitle' });
    const story = readStory('karabakh-2023.json');
    const badLink = { ...story, article: { ...(story['article'] as object), url: 'javascript:alert(1)' } };
    expect(validate(badLink)).toBe(false);
  });
});
