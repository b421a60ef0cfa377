// MapLibre loads on demand (its own chunk), with its worker pointed at explicitly: the bundler hides the default path.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export type MapLibrary = typeof import('maplibre-gl');

let pending: Promise<MapLibrary> | null = null;

export function loadMapLibrary(): Promise<MapLibrary> {
  if (pending) return pending;
  // The benchmark times MapLibre from here to its first idle, as it does on the bare MapLibre page.
  performance.mark('map-start');
  pending = import('maplibre-gl').then((library) => {
    library.setWorkerUrl(workerUrl);
    return library;
  });
  return pending;
}
