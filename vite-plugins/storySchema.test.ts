import { describe, expect, test } from 'vitest';
import { storyJsonSchema } from './storySchema';

describe('story.schema.json', () => {
  test('is generated from the zod schema, versioned, and lets story files name it', () => {
    const schema = JSON.parse(storyJsonSchema()) as { title: string; required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.title).toBe('Story, format version 1');
    expect(schema.properties['version']?.const).toBe(1);
    expect(Object.keys(schema.properties)).toContain('$schema');
    expect(schema.required).toEqual(['version', 'id', 'article', 'sources', 'regions', 'places', 'relations', 'claims', 'facts', 'areaFigures']);
  });
});
