// The benchmark's baseline: MapLibre alone, drawing the app's regions and basemap in the same framing, nothing else.
// The data is the app's TopoJSON, decoded with topojson-client's feature() into the same two GeoJSON sources the app builds.
import type { Feature, FeatureCollection } from 'geojson';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

const BOUNDS: [number, number, number, number] = [43.3, 38.3, 50.7, 41.95];

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  return (await response.json()) as Topology;
}

/** An object's geometries as GeoJSON features; with `layer`, tagged as the app tags its basemap layers. */
function features(topology: Topology, name: string, layer?: string): Feature[] {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`the map data has no object ${name}`);
  const decoded = feature(topology, object).features;
  return layer === undefined ? decoded : decoded.map((f) => ({ ...f, properties: { layer } }));
}

const collection = (list: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features: list });

async function start(): Promise<void> {
  // Timed as in the app (src/map/loadMapLibrary.ts): from asking for the library to the map's first idle.
  performance.mark('map-start');
  const [maplibre, worker, caucasus, world] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    fetchTopology('./data/detail.topo.json'),
    fetchTopology('./data/world.topo.json'),
  ]);
  // The app's drawing order (src/geometry/geoData.ts): world land, the neighbours, then both sets of borders.
  const context = collection([
    ...features(world, 'land', 'world'),
    ...features(caucasus, 'near', 'near'),
    ...features(world, 'borders', 'borders'),
    ...features(caucasus, 'borders', 'borders'),
  ]);
  maplibre.setWorkerUrl(worker.default);
  const map = new maplibre.Map({
    container: 'map',
    bounds: BOUNDS,
    fitBoundsOptions: { padding: 16 },
    renderWorldCopies: false,
    style: {
      version: 8,
      sources: {
        context: { type: 'geojson', data: context },
        regions: { type: 'geojson', data: collection(features(caucasus, 'regions')) },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dce7ee' } },
        {
          id: 'land',
          type: 'fill',
          source: 'context',
          filter: ['!=', ['get', 'layer'], 'borders'],
          paint: { 'fill-color': '#f5f2ec' },
        },
        {
          id: 'borders',
          type: 'line',
          source: 'context',
          filter: ['==', ['get', 'layer'], 'borders'],
          paint: { 'line-color': '#a8a193' },
        },
        {
          id: 'regions',
          type: 'fill',
          source: 'regions',
          filter: ['get', 'drawn'],
          paint: { 'fill-color': '#6fb8a4', 'fill-opacity': 0.75 },
        },
        {
          id: 'region-lines',
          type: 'line',
          source: 'regions',
          filter: ['get', 'drawn'],
          paint: { 'line-color': '#3f3a33' },
        },
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
