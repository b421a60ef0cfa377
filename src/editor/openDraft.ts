// Where a draft comes from: a new story, an example, or a file (chosen or dropped). A file is opened as it is, even
// with problems (the editor is where they get fixed); only what is not a story file at all is refused, with why.
import { decodeStory } from '../story/validate/readInput';
import { fetchBytes } from '../network/timeouts';
import type { Draft } from './draftStore';
import { EMPTY_STORY } from './model/emptyStory';
import { readDocument, valueAt } from './model/document';

const newKey = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function draftOf(text: string, fallbackName: string): Draft {
  const title = valueAt(readDocument(text), ['article', 'title']);
  return {
    key: newKey(),
    name: typeof title === 'string' && title.trim() !== '' ? title : fallbackName,
    text,
    article: { text: '', captions: [] },
    savedAt: Date.now(),
  };
}

export const newDraft = (): Draft => draftOf(EMPTY_STORY, 'Untitled story');

/** A story file's bytes as a draft, or why they are not one. */
export function draftFromBytes(bytes: Uint8Array, name: string): Draft | string {
  const decoded = decodeStory(bytes);
  if (!decoded.ok) return `${name} ${decoded.problem.message}`;
  const value = readDocument(decoded.text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${name} is not a story file: a story is a JSON object (see AUTHORING.md). Nothing was changed.`;
  return draftOf(decoded.text, name);
}

export async function draftFromFile(file: File): Promise<Draft | string> {
  try {
    return draftFromBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch {
    return `${file.name} could not be read. Nothing was changed.`;
  }
}

export async function draftFromExample(url: string): Promise<Draft | string> {
  try {
    return draftFromBytes(await fetchBytes(url), url);
  } catch (error) {
    return `The example ${url} could not be downloaded (${error instanceof Error ? error.message : String(error)}). Try again.`;
  }
}
