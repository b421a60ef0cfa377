import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_STORIES } from './examples';

describe('the editor’s examples', () => {
  it('are the stories under public/stories, each once', () => {
    const files = readdirSync(new URL('../../public/stories/', import.meta.url)).filter((name) =>
      name.endsWith('.json'),
    );
    expect(EXAMPLE_STORIES.map((example) => example.url).sort()).toEqual(files.map((name) => `stories/${name}`).sort());
  });
});
