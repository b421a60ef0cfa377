// Where the build ships the story and the map data, relative to the page: the app fetches them, the build reads them
// from public/ to render the first view, the bench counts them. No layer owns them, so every layer may import them.
import { CAUCASUS_FILE, WORLD_FILE } from './geometry/geoData';

export const STORY_URL = 'stories/karabakh-2020.json';
/** The map data (TopoJSON, see geo/README.md): the regions and the Caucasus in detail, and the world at 1:110m. */
export const CAUCASUS_URL = `data/${CAUCASUS_FILE}`;
export const WORLD_URL = `data/${WORLD_FILE}`;
