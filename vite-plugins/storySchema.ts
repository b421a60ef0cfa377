// Publishes the story format as JSON Schema (story.schema.json), generated from the zod schema so it cannot drift.
// Written into public/ (git-ignored) whenever dev or build starts, so the dev server, the build and editors opening
// public/stories/*.json (whose "$schema" is "../story.schema.json") all see the same file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import * as z from 'zod/mini';
import { STORY_FORMAT_VERSION, storySchema } from '../src/story/model/schema.ts';

const STORY_SCHEMA_FILE = 'story.schema.json';

/** Editors should flag what validation flags: unknown fields (typos) and links that are not http(s). */
function tighten(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tighten);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, tighten(value)] as const);
  const tightened: Record<string, unknown> = Object.fromEntries(entries);
  if (tightened['type'] === 'object' && 'properties' in tightened) tightened['additionalProperties'] ??= false;
  if (tightened['format'] === 'uri') tightened['pattern'] = '^https?://';
  return tightened;
}

export function storyJsonSchema(): string {
  const schema = tighten(z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' })) as Record<
    string,
    unknown
  >;
  const described = {
    ...schema,
    title: `Story, format version ${STORY_FORMAT_VERSION}`,
    description:
      'A news story for the conflict map: its article, map elements, claims and sourced facts. See AUTHORING.md.',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}

export function storySchemaPlugin(): Plugin {
  return {
    name: 'story-schema',
    configResolved(config) {
      if (config.publicDir) writeFileSync(join(config.publicDir, STORY_SCHEMA_FILE), storyJsonSchema());
    },
  };
}
