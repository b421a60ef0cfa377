// Where the build ships the map data, relative to the page (the default story is the build's option, vite.config.ts): the app fetches them, the build reads them
// from public/ to render the first view, the bench counts them. It sits below every layer: any of them may import it.
/** File names under public/data/ (geometry/geoData.ts names them in its messages). */
export const DETAIL_FILE = 'detail.topo.json';
export const WORLD_FILE = 'world.topo.json';

/** The map data (TopoJSON, see geo/README.md): the detailed regions and their surroundings, and the world at
 * 1:110m. */
export const DETAIL_URL = `data/${DETAIL_FILE}`;
export const WORLD_URL = `data/${WORLD_FILE}`;
/** A country's outline at 1:50m (Natural Earth via world-atlas; geo/README.md), by its ISO 3166-1 numeric code. */
export const countryUrl = (iso: string): string => `data/countries/${iso}.json`;
/** The codes, names and boxes of every country file (geo/README.md). */
export const COUNTRY_INDEX_URL = 'data/countries/index.json';
