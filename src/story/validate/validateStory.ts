// Story validation: JSON text in, every problem out, each with its path and, where the text shows it, its line.
// Pure (no Node or browser APIs): the CLI (scripts/validate-story.ts) and the app's story opener share it. Never throws.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { StoryProblem } from '../integrity';
import { parseStory } from '../parse';
import type { Story } from '../model/schema';
import { outlineProblems } from './outlines';
import { nodeForPath, positionAt, type TextPosition } from './locate';
import { unknownFieldProblems } from './unknownFields';

/** Larger files are refused unread: a story is text and ids, its outlines live in the region file. */
export const MAX_STORY_BYTES = 2 * 1024 * 1024;

export type ValidationProblem = StoryProblem & Partial<TextPosition>;
export type ValidationResult = { ok: true; story: Story } | { ok: false; problems: ValidationProblem[] };

const ROOT = '(root)';

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character (names and text need double quotes)',
  InvalidNumberFormat: 'has a malformed number',
  PropertyNameExpected: 'expects a field name in double quotes',
  ValueExpected: 'expects a value',
  ColonExpected: 'expects a colon after the field name',
  CommaExpected: 'expects a comma between items',
  CloseBraceExpected: 'expects a closing }',
  CloseBracketExpected: 'expects a closing ]',
  EndOfFileExpected: 'has text after the end of the JSON value',
  InvalidCommentToken: 'has a comment; JSON allows none',
  UnexpectedEndOfComment: 'has an unfinished comment',
  UnexpectedEndOfString: 'has a string without its closing quote',
  UnexpectedEndOfNumber: 'has an unfinished number',
  InvalidUnicode: 'has a malformed \\u escape',
  InvalidEscapeCharacter: 'has a malformed \\ escape',
  InvalidCharacter: 'has a control character inside a string',
};

/** A byte count for people: "3.4 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function sizeProblem(bytes: number): ValidationProblem | null {
  return bytes > MAX_STORY_BYTES
    ? {
        path: ROOT,
        message: `the file is ${formatBytes(bytes)}; a story may be at most ${formatBytes(MAX_STORY_BYTES)}`,
      }
    : null;
}

function syntaxProblem(text: string, error: ParseError): ValidationProblem {
  const code = printParseErrorCode(error.error);
  return { path: ROOT, message: `not valid JSON: ${SYNTAX_MESSAGES[code] ?? code}`, ...positionAt(text, error.offset) };
}

/** Reads JSON text strictly (no comments, no trailing commas), keeping where each value sits. */
function readJson(text: string): { tree: Node; value: unknown } | ValidationProblem {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const firstError = errors[0];
  if (firstError) return syntaxProblem(text, firstError);
  if (!tree) return { path: ROOT, message: 'not valid JSON' };
  try {
    return { tree, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { path: ROOT, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function locate(text: string, tree: Node, problem: StoryProblem): ValidationProblem {
  return { ...problem, ...positionAt(text, nodeForPath(tree, problem.path).offset) };
}

/**
 * Checks one story file's text against the format and its references. `regionFile` is the region outlines its
 * outlines point into (a FeatureCollection: `GeoData.regions`, decoded from data/caucasus.topo.json); without it,
 * outlines are not checked.
 */
export function validateStoryText(text: string, regionFile?: unknown): ValidationResult {
  try {
    const tooBig = sizeProblem(new TextEncoder().encode(text).length);
    if (tooBig) return { ok: false, problems: [tooBig] };
    if (text.trim() === '')
      return {
        ok: false,
        problems: [{ path: ROOT, message: 'the file is empty: a story is a JSON object (see AUTHORING.md)' }],
      };
    const json = readJson(text);
    if (!('tree' in json)) return { ok: false, problems: [json] };
    const parsed = parseStory(json.value);
    const storyProblems = parsed.ok
      ? regionFile === undefined
        ? []
        : outlineProblems(parsed.story, regionFile)
      : parsed.problems;
    const problems = [...unknownFieldProblems(json.value), ...storyProblems];
    if (parsed.ok && problems.length === 0) return parsed;
    return { ok: false, problems: problems.map((problem) => locate(text, json.tree, problem)) };
  } catch (error) {
    // A bug in validation must still end in a message, not a stack trace.
    return {
      ok: false,
      problems: [
        { path: ROOT, message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
}

/** One line per problem, as compilers print them: `FILE:LINE:COLUMN: path: message`. */
export function formatProblem(file: string, problem: ValidationProblem): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return problem.path === ROOT ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`;
}
