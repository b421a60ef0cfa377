// The first view, rendered at build time by the app's own components (vite-plugins/firstView.ts puts it in index.html):
// the story's default view from the shipped story and map data, which src/main.tsx later takes over in place.
// A broken file stops the build with its reason.
import { renderToString } from 'react-dom/server';
import { Root } from './app/Root';
import { readGeoData } from './geometry/geoData';
import { CAUCASUS_URL, STORY_URL, WORLD_URL } from './shipped';
import { createAppStore } from './state/store';
import { parseStory } from './story/parse';

/** `read` gives a shipped file (src/shipped.ts) as parsed JSON, from its URL relative to the page. */
export function renderFirstView(read: (url: string) => unknown): string {
  const parsed = parseStory(read(STORY_URL));
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => `${problem.path} ${problem.message}`).join('; ');
    throw new Error(`first view: the story (${STORY_URL}) has problems: ${problems}`);
  }
  const geo = readGeoData(read(CAUCASUS_URL), read(WORLD_URL));
  if (typeof geo === 'string') throw new Error(`first view: ${geo}`);
  const store = createAppStore({ data: { status: 'ready', story: parsed.story, geo } });
  return renderToString(<Root store={store} />);
}
