// MapLibre loads on demand (its own chunk), with its worker pointed at explicitly: the bundler hides the default path.
export type MapLibrary = typeof import('maplibre-gl');

let pending: Promise<MapLibrary> | null = null;

export function loadMapLibrary(): Promise<MapLibrary> {
  if (pending) return pending;
  // The worker's URL is imported here too: a static import would tie the whole MapLibre chunk to the first load.
  // Its stylesheet comes with it, off the first load's render-blocking CSS.
  pending = Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('maplibre-gl/dist/maplibre-gl.css'),
  ]).then(([library, worker]) => {
    library.setWorkerUrl(worker.default);
    return library;
  });
  return pending;
}
