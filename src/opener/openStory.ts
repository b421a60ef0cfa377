// Opens a story the reader asks for: from a `?story=` address or a file. Loaded on demand (its own chunk): the
// validation and its JSON reader stay out of the first load. Never throws: failures come back as problems.
import {
  validateStoryText,
  MAX_STORY_BYTES,
  sizeProblem,
  formatBytes,
  type ValidationResult,
} from '../story/validate/validateStory';
import { parseOriginList, resolveStoryAddress } from '../story/origins';
import type { StoryReport } from '../state/store';
import type { Story } from '../story/model/schema';

export type OpenResult = { ok: true; story: Story } | { ok: false; report: StoryReport };

const ALLOWED_ORIGINS = parseOriginList(import.meta.env.VITE_STORY_ORIGINS as string | undefined);

function failure(title: string, message: string): OpenResult {
  return { ok: false, report: { title, problems: [{ path: '(root)', message }] } };
}

function fromValidation(title: string, result: ValidationResult): OpenResult {
  return result.ok ? result : { ok: false, report: { title, problems: result.problems } };
}

export async function openStoryAddress(value: string, regions: unknown): Promise<OpenResult> {
  const title = `The story at “${value}” could not be opened`;
  const address = resolveStoryAddress(value, window.location.href, ALLOWED_ORIGINS);
  if (!address.ok) return failure(title, address.message);
  try {
    const response = await fetch(address.url, { credentials: 'same-origin' });
    if (!response.ok) return failure(title, `the server answered HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_STORY_BYTES)
      return failure(
        title,
        `the file is ${formatBytes(declared)}; a story may be at most ${formatBytes(MAX_STORY_BYTES)}`,
      );
    return fromValidation(title, validateStoryText(await response.text(), regions));
  } catch {
    return failure(title, 'it could not be reached (offline, or the server refused the request)');
  }
}

export async function openStoryFile(file: File, regions: unknown): Promise<OpenResult> {
  const title = `The file “${file.name}” is not a story the map can show`;
  const tooBig = sizeProblem(file.size);
  if (tooBig) return failure(title, tooBig.message);
  try {
    return fromValidation(title, validateStoryText(await file.text(), regions));
  } catch {
    return failure(title, 'the file could not be read');
  }
}
