// The first view, rendered at build time by the app's own components (vite-plugins/firstView.ts puts it in index.html):
// the story's default view from the shipped story and map data, which src/main.tsx later takes over in place.
// A broken file stops the build with its reason.
import { renderToString } from 'react-dom/server';
import { Root } from './app/Root';
import { readGeoData } from './geometry/geoData';
import { DETAIL_URL, WORLD_URL } from './shipped/paths';
import { withStoryGeometry } from './network/countries';
import { createAppStore } from './state/store';
import { parseStory } from './story/parse';
import { pageDescription, pageTitle } from './story/describe';

export type FirstView = { html: string; title: string; description: string };

/**
 * The default view of the story at `storyUrl` (the build's default story), with the page's title and description.
 * `read` gives a shipped file (src/shipped.ts) as parsed JSON, from its URL relative to the page. The story's countries
 * and their neighbours come through the app's own loader (src/network/countries.ts), so that React's takeover finds
 * the same map data drawn.
 */
export async function renderFirstView(read: (url: string) => unknown, storyUrl: string): Promise<FirstView> {
  const parsed = parseStory(read(storyUrl));
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => `${problem.path} ${problem.message}`).join('; ');
    throw new Error(`first view: the story (${storyUrl}) has problems: ${problems}`);
  }
  const geo = readGeoData(read(DETAIL_URL), read(WORLD_URL));
  if (typeof geo === 'string') throw new Error(`first view: ${geo}`);
  const drawn = await withStoryGeometry(parsed.story, geo, (url) => Promise.resolve(read(url)));
  const store = createAppStore({ data: { status: 'ready', story: parsed.story, geo: drawn } });
  return {
    html: renderToString(<Root store={store} />),
    title: pageTitle(parsed.story),
    description: pageDescription(parsed.story),
  };
}
