// MapLibre loads on demand (its own chunk). Its worker is downloaded here, with a time limit, and handed to MapLibre as
// a blob: a worker file that does not arrive is then reported as such (not as missing WebGL), and a host that serves
// the file with an odd type cannot stop it.
import { CHUNK_TIMEOUT_MS, fetchBytes, importWithTimeout } from '../network/timeouts';

export type MapLibrary = typeof import('maplibre-gl');

/** Which part of the zoomable map did not arrive: the library, or its worker. */
export class MapDownloadError extends Error {
  constructor(
    readonly part: 'library' | 'worker',
    message: string,
  ) {
    super(message);
  }
}

let pending: Promise<MapLibrary> | null = null;

async function load(): Promise<MapLibrary> {
  // The worker's URL is imported here too: a static import would tie the whole MapLibre chunk to the first load.
  const [library, worker] = await Promise.all([
    importWithTimeout(() => import('maplibre-gl')),
    importWithTimeout(() => import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')),
    // Its stylesheet comes with it, off the first load's render-blocking CSS; without it the map still works.
    importWithTimeout(() => import('maplibre-gl/dist/maplibre-gl.css')).catch(() => undefined),
  ]).catch((error: unknown) => {
    throw new MapDownloadError('library', error instanceof Error ? error.message : String(error));
  });
  const code = await fetchBytes(worker.default, { timeoutMs: CHUNK_TIMEOUT_MS }).catch((error: unknown) => {
    throw new MapDownloadError('worker', error instanceof Error ? error.message : String(error));
  });
  library.setWorkerUrl(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  return library;
}

export function loadMapLibrary(): Promise<MapLibrary> {
  pending ??= load();
  return pending;
}
