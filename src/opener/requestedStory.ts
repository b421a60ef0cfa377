// Opening a story from a `?story=` link or a file, as one load at a time: a newer choice abandons an older one, the
// page shows what is being opened meanwhile, and failures keep what is shown and say what failed. The code that
// downloads and validates loads on demand (./openStory.ts), with a time limit.
import type { AppStore } from '../state/store';
import type { Story } from '../story/model/schema';
import type { GeoData } from '../geometry/geoData';
import { DownloadError, importWithTimeout } from '../network/timeouts';
import { echoed } from '../ui/echo';
import type { OpenResult } from './openStory';

let current: AbortController | null = null;

/** A story opened, and the map data with what it draws (its countries, its own outlines). */
type Opened = { story: Story; geo: GeoData };

/** The `?story=` value of an address, or null. */
export function requestedStoryAddress(search: string = window.location.search): string | null {
  return new URLSearchParams(search).get('story');
}

const isAbort = (error: unknown) =>
  (error instanceof DOMException && error.name === 'AbortError') ||
  (error instanceof DownloadError && error.kind === 'aborted');

/** Abandons whatever is being opened (the reader chose to show the map's own story instead). */
export function cancelOpening(store: AppStore): void {
  current?.abort();
  current = null;
  store.getState().openingChanged(null);
}

/**
 * Runs one opening: the store shows it as being opened, an older opening is abandoned, and the result (or null when a
 * newer choice replaced it) comes back. A failure is reported (with a retry when trying again may help).
 */
async function open(
  store: AppStore,
  name: string,
  source: 'link' | 'file',
  run: (module: typeof import('./openStory'), signal: AbortSignal) => Promise<OpenResult>,
): Promise<Opened | null> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  store.getState().openingChanged({ name, source });
  const finished = () => {
    if (current !== controller) return false;
    current = null;
    store.getState().openingChanged(null);
    return true;
  };
  try {
    const module = await importWithTimeout(() => import('./openStory'));
    const result = await run(module, controller.signal);
    if (!finished()) return null;
    if (result.ok) return { story: result.story, geo: result.geo };
    store.getState().reported(result.report);
    return null;
  } catch (error) {
    if (isAbort(error) || !finished()) return null;
    const what = source === 'link' ? `The story at ${echoed(name, 80)}` : `The file ${echoed(name)}`;
    store.getState().reported({
      title: `${what} could not be opened`,
      problems: [
        {
          path: '(root)',
          message: `the part of the map that opens stories could not be downloaded (${error instanceof Error ? error.message : String(error)}); reload the page to try again`,
        },
      ],
      ...(source === 'link' ? { retry: name } : {}),
    });
    return null;
  }
}

/** A `?story=` address: its story and the map data it draws on, or null (reported, or replaced by a newer choice). */
export function openStoryLink(store: AppStore, address: string, geo: GeoData): Promise<Opened | null> {
  return open(store, address, 'link', (module, signal) => module.openStoryAddress(address, geo, signal));
}

let fileCount = 0;

/** A file from the input or a drop: shown in place of the current story once it validates. */
export async function openFile(store: AppStore, file: File): Promise<void> {
  const { data } = store.getState();
  if (data.status !== 'ready') return;
  const opened = await open(store, file.name, 'file', (module, signal) => module.openStoryFile(file, data.geo, signal));
  if (!opened) return;
  // The address must not name a story that is no longer shown; history entries carry which story they belong to.
  const source = `file:${++fileCount}`;
  window.history.pushState({ story: source }, '', window.location.pathname);
  store.getState().replaceStory(opened.story, opened.geo, source);
}

/** "Try again" on a report: the same address, from the top; shown in place of the current story if it opens. */
export async function retryStoryLink(store: AppStore, address: string): Promise<void> {
  const { data } = store.getState();
  if (data.status !== 'ready') return;
  store.getState().reported(null);
  const opened = await openStoryLink(store, address, data.geo);
  if (!opened) return;
  const source = `link:${address}`;
  const url = new URL(window.location.href);
  url.searchParams.set('story', address);
  url.hash = '';
  window.history.pushState({ story: source }, '', url);
  store.getState().replaceStory(opened.story, opened.geo, source);
}
