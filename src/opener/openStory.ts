// Opens a story the reader asks for: from a `?story=` address or a file. Loaded on demand (its own chunk): validation
// and its JSON reader stay out of the first load, and run in a worker. Never throws, except when `signal` aborts (a
// newer choice replaced this one): failures come back as a report that names what failed and whether to retry.
import { DownloadError, fetchBytes } from '../network/timeouts';
import { CountryError, fetchedJson, withStoryGeometry } from '../network/countries';
import type { GeoData } from '../geometry/geoData';
import { formatBytes, MAX_STORY_BYTES, sizeProblem, type ValidationResult } from '../story/validate/validateStory';
import { parseOriginList, resolveStoryAddress } from '../story/origins';
import type { StoryReport } from '../state/store';
import type { Story } from '../story/model/schema';
import { echoed } from '../ui/echo';
import { validateOffThread } from './validateOffThread';

/** A story opened, with the map data it draws on (its countries and own outlines added), or what failed. */
export type OpenResult = { ok: true; story: Story; geo: GeoData } | { ok: false; report: StoryReport };

const ALLOWED_ORIGINS = parseOriginList(import.meta.env.VITE_STORY_ORIGINS as string | undefined);

function failure(title: string, message: string, retry?: string): OpenResult {
  return { ok: false, report: { title, problems: [{ path: '(root)', message }], ...(retry ? { retry } : {}) } };
}

/** A valid story gets its countries (fetched) and its own outlines; an invalid one, its report. */
async function fromValidation(
  title: string,
  result: ValidationResult,
  geo: GeoData,
  signal: AbortSignal,
  retry?: string,
): Promise<OpenResult> {
  if (!result.ok) return { ok: false, report: { title, problems: result.problems, omitted: result.omitted } };
  try {
    return { ok: true, story: result.story, geo: await withStoryGeometry(result.story, geo, fetchedJson(signal)) };
  } catch (error) {
    if (!(error instanceof CountryError)) throw error;
    return failure(title, error.message, retry);
  }
}

export function addressTitle(value: string): string {
  return `The story at ${echoed(value, 80)} could not be opened`;
}

export async function openStoryAddress(value: string, geo: GeoData, signal: AbortSignal): Promise<OpenResult> {
  const title = addressTitle(value);
  const address = resolveStoryAddress(value, window.location.href, ALLOWED_ORIGINS);
  if (!address.ok) return failure(title, address.message);
  let bytes: Uint8Array;
  try {
    bytes = await fetchBytes(address.url, {
      signal,
      maxBytes: MAX_STORY_BYTES,
      init: { credentials: 'same-origin' },
    });
  } catch (error) {
    if (!(error instanceof DownloadError) || error.kind === 'aborted') throw error;
    if (error.kind === 'too-big')
      return failure(title, `the file is larger than ${formatBytes(MAX_STORY_BYTES)}, the most a story may be`);
    // A refused address (HTTP 4xx) stays refused; a slow or broken connection, or a server error, may pass next time.
    const permanent = error.kind === 'http' && /HTTP 4\d\d$/.test(error.message);
    return failure(title, error.message, permanent ? undefined : value);
  }
  return fromValidation(title, await validateOffThread(bytes, geo.regions, signal), geo, signal, value);
}

export async function openStoryFile(file: File, geo: GeoData, signal: AbortSignal): Promise<OpenResult> {
  const title = `The file ${echoed(file.name)} is not a story the map can show`;
  const tooBig = sizeProblem(file.size);
  if (tooBig) return failure(title, tooBig.message);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return failure(title, 'the file could not be read');
  }
  if (signal.aborted) throw new DOMException('another story was chosen', 'AbortError');
  return fromValidation(title, await validateOffThread(bytes, geo.regions, signal), geo, signal);
}
