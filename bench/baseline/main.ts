// The benchmark's baseline: MapLibre alone, drawing the app's region and basemap GeoJSON in the same framing, nothing else.
import 'maplibre-gl/dist/maplibre-gl.css';

const BOUNDS: [number, number, number, number] = [43.3, 38.3, 50.7, 41.95];

async function start(): Promise<void> {
  // Timed as in the app (src/map/loadMapLibrary.ts): from asking for the library to the map's first idle.
  performance.mark('map-start');
  const [maplibre, worker] = await Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')]);
  maplibre.setWorkerUrl(worker.default);
  const map = new maplibre.Map({
    container: 'map',
    bounds: BOUNDS,
    fitBoundsOptions: { padding: 16 },
    renderWorldCopies: false,
    style: {
      version: 8,
      sources: {
        context: { type: 'geojson', data: './data/context.geojson' },
        regions: { type: 'geojson', data: './data/regions.geojson' },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dce7ee' } },
        { id: 'land', type: 'fill', source: 'context', filter: ['!=', ['get', 'layer'], 'borders'], paint: { 'fill-color': '#f5f2ec' } },
        { id: 'borders', type: 'line', source: 'context', filter: ['==', ['get', 'layer'], 'borders'], paint: { 'line-color': '#a8a193' } },
        { id: 'regions', type: 'fill', source: 'regions', filter: ['get', 'drawn'], paint: { 'fill-color': '#6fb8a4', 'fill-opacity': 0.75 } },
        { id: 'region-lines', type: 'line', source: 'regions', filter: ['get', 'drawn'], paint: { 'line-color': '#3f3a33' } },
      ],
    },
  });
  map.once('render', () => performance.mark('map-first-render'));
  map.once('idle', () => {
    performance.mark('map-first-idle');
    document.body.dataset['mapState'] = 'ready';
  });
}

void start();
