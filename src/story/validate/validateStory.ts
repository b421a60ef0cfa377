// Story validation: JSON text in, every problem out, each with its path and, where the text shows it, its line.
// Pure (no Node or browser APIs): the CLI (scripts/validate-story.ts) and the app's story opener share it. Never throws.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { StoryProblem } from '../integrity';
import { parseStory } from '../parse';
import type { Story } from '../model/schema';
import { outlineProblems } from './outlines';
import { lineStarts, nodeForPath, positionAt, positionIn, type TextPosition } from './locate';
import { unknownFieldProblems } from './unknownFields';
import { duplicateKeys } from './duplicateKeys';
import { decodeStory, MAX_NESTING, sizeProblem, tooDeepAt, withoutByteOrderMark } from './readInput';

export { formatBytes, MAX_STORY_BYTES, sizeProblem } from './readInput';

/** A story broken throughout would bury its author: the first problems, each with its place, then how many more. */
export const MAX_REPORTED_PROBLEMS = 100;

export type ValidationProblem = StoryProblem & Partial<TextPosition>;
/** `omitted`: how many problems there are beyond the ones listed. */
export type ValidationResult =
  { ok: true; story: Story } | { ok: false; problems: ValidationProblem[]; omitted: number };

const failed = (problems: ValidationProblem[]): ValidationResult => ({ ok: false, problems, omitted: 0 });

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

/** The first problems with their places in the text (lines indexed once: the cost grows with the file, not with
 * problems × file), and the count of the rest. */
function locateFirst(text: string, tree: Node, problems: (StoryProblem & { offset?: number })[]): ValidationResult {
  const starts = lineStarts(text);
  const listed = problems.slice(0, MAX_REPORTED_PROBLEMS).map(({ offset, ...problem }) => ({
    ...problem,
    ...positionIn(starts, offset ?? nodeForPath(tree, problem.path).offset),
  }));
  return { ok: false, problems: listed, omitted: problems.length - listed.length };
}

/**
 * Checks one story file's text against the format and its references. `regionFile` is the region outlines its
 * outlines point into (a FeatureCollection: `GeoData.regions`, decoded from the detailed region file); without it,
 * outlines are not checked. `countryCodes`, the codes that have a country file (data/countries/index.json): without
 * them a country code is checked when the map downloads its file.
 */
export function validateStoryText(
  input: string,
  regionFile?: unknown,
  countryCodes?: ReadonlySet<string>,
): ValidationResult {
  try {
    const text = withoutByteOrderMark(input);
    const tooBig = sizeProblem(new TextEncoder().encode(text).length);
    if (tooBig) return failed([tooBig]);
    if (text.trim() === '')
      return failed([{ path: ROOT, message: 'the file is empty: a story is a JSON object (see AUTHORING.md)' }]);
    const deep = tooDeepAt(text);
    if (deep >= 0)
      return failed([
        {
          path: ROOT,
          message: `nests lists and objects more than ${MAX_NESTING} levels deep; a story needs fewer than ten`,
          ...positionAt(text, deep),
        },
      ]);
    const json = readJson(text);
    if (!('tree' in json)) return failed([json]);
    const duplicates = duplicateKeys(json.tree);
    const parsed = parseStory(json.value);
    const storyProblems = parsed.ok
      ? regionFile === undefined
        ? []
        : outlineProblems(parsed.story, regionFile, countryCodes)
      : parsed.problems;
    const problems = [...duplicates, ...unknownFieldProblems(json.value), ...storyProblems];
    if (parsed.ok && problems.length === 0) return parsed;
    return locateFirst(text, json.tree, problems);
  } catch (error) {
    // A bug in validation must still end in a message, not a stack trace.
    return failed([
      { path: ROOT, message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` },
    ]);
  }
}

/** A story file's bytes, as the CLI, a `?story=` address and the file input all read them (see ./readInput.ts). */
export function validateStoryBytes(
  bytes: Uint8Array,
  regionFile?: unknown,
  countryCodes?: ReadonlySet<string>,
): ValidationResult {
  const decoded = decodeStory(bytes);
  return decoded.ok ? validateStoryText(decoded.text, regionFile, countryCodes) : failed([decoded.problem]);
}

/** One line per problem, as compilers print them: `FILE:LINE:COLUMN: path: message`. */
export function formatProblem(file: string, problem: ValidationProblem): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return problem.path === ROOT ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`;
}
