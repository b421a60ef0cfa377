// Turns unknown input (fetched JSON) into a validated Story, or a list of problems a person can act on.
// Pure: no React or MapLibre here. Never throws.
import type * as z from 'zod/mini';
import { storySchema, type Story } from './model/schema';
import { findStoryProblems, type StoryProblem } from './integrity';

export type ParseStoryResult = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] };

type RawIssue = z.core.$ZodRawIssue;

const ROOT_PATH = '(root)';

export function parseStory(input: unknown): ParseStoryResult {
  try {
    return validate(input);
  } catch {
    // A hostile input (a getter or proxy that throws) must not crash the app.
    return { ok: false, problems: [{ path: ROOT_PATH, message: 'could not be read as a story' }] };
  }
}

function validate(input: unknown): ParseStoryResult {
  const result = storySchema.safeParse(input, { error: friendlyMessage });
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map(toProblem) };
  }
  const problems = findStoryProblems(result.data);
  return problems.length === 0 ? { ok: true, story: result.data } : { ok: false, problems };
}

function toProblem(issue: { path: readonly PropertyKey[]; message: string }): StoryProblem {
  return { path: joinPath(issue.path), message: issue.message };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? ROOT_PATH : path.map((key) => String(key)).join('.');
}

// ── Messages ─────────────────────────────────────────────────────────────────
// Used only where the schema gives no message of its own (schema messages win).

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  tuple: 'a list',
};

function friendlyMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return isMissingField(issue) ? 'is missing' : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items long' : ''}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items long' : ''}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid';
  }
}

/** A field left out of its object (the top of the story itself is never "missing": it must be an object). */
function isMissingField(issue: RawIssue): boolean {
  return issue.input === undefined && (issue.path?.length ?? 0) > 0;
}
