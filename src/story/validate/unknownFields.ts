// Fields the schema does not know (often a typo: "qoute" for "quote"). zod drops them silently, so validation walks
// the raw JSON beside the schema and names each one. Pure; reads the schema's own definition, so new fields count.
import type * as z from 'zod/mini';
import type { StoryProblem } from '../integrity';
import { storySchema } from '../model/schema';

type Schema = z.core.$ZodType;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Looks through optional and default wrappers to the schema that shapes the value. */
function unwrap(schema: Schema): Schema {
  const def = schema._zod.def;
  return (def.type === 'optional' || def.type === 'default') && 'innerType' in def
    ? unwrap(def.innerType as Schema)
    : schema;
}

function walk(schema: Schema, value: unknown, path: string[]): StoryProblem[] {
  const def = unwrap(schema)._zod.def;
  if (def.type === 'object' && 'shape' in def && isRecord(value)) {
    const shape = def.shape as Record<string, Schema>;
    const known = Object.keys(shape);
    return Object.entries(value).flatMap(([key, child]) => {
      const childSchema = shape[key];
      if (!childSchema) {
        return [
          {
            path: [...path, key].join('.'),
            message: `is not a field here; the fields are ${known.filter((name) => name !== '$schema').join(', ')}`,
          },
        ];
      }
      return walk(childSchema, child, [...path, key]);
    });
  }
  if (def.type === 'array' && 'element' in def && Array.isArray(value)) {
    return value.flatMap((item, index) => walk(def.element as Schema, item, [...path, String(index)]));
  }
  return [];
}

/** Every field of `input` that the story format does not define, by path. */
export function unknownFieldProblems(input: unknown): StoryProblem[] {
  return walk(storySchema, input, []);
}
