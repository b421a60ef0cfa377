// Start-up. The page arrives with the story's first view, rendered at build time by these same components
// (src/prerender.tsx). After the first paint the app loads the story and the map data and takes that markup over in
// place (hydration); embedded, it draws the embed layout instead. Then it binds the store to the URL, so links and
// back/forward work (or, embedded, to the host page).
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterFirstPaint } from './app/afterFirstPaint';
import { TAKEN_OVER_ATTRIBUTE } from './app/earlyTaps';
import { loadData } from './app/loadData';
import { Root } from './app/Root';
import { createAppStore } from './state/store';
import { syncStoreWithUrl } from './state/urlSync';
import { openRequestedStory } from './opener/requestedStory';
import { markAppRunning } from './embed/startMark';
import './app/app.css';
import './app/print.css';

markAppRunning();
const root = document.getElementById('root');
const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
// The embed code loads only in embed mode, so the full app's first load does not carry it. Without its chunk the embed
// falls back to the full layout.
const embedModule = embedded ? import('./app/embedMode').catch(() => null) : null;

const failure = (error: unknown) => ({
  title: 'Something went wrong while loading the map',
  problems: [{ path: '(root)', message: error instanceof Error ? error.message : String(error) }],
});

async function start(element: HTMLElement) {
  if (embedModule) document.documentElement.classList.add('embedded');
  const result = await loadData().catch((error: unknown) => ({ ok: false as const, ...failure(error) }));
  // From here on the app answers taps, not the page's early script.
  const takeOver = () => document.documentElement.setAttribute(TAKEN_OVER_ATTRIBUTE, '');
  if (!result.ok) {
    // What is wrong replaces the first view: the page must not look as if it worked.
    const store = createAppStore({ data: { status: 'failed', title: result.title, problems: result.problems } });
    takeOver();
    createRoot(element).render(<Root store={store} />);
    return;
  }
  const store = createAppStore({ data: { status: 'ready', story: result.story, geo: result.geo } });
  const embed = embedModule ? await embedModule : null;
  takeOver();
  // The embed's own layout replaces the first view rather than taking it over.
  if (embedModule) createRoot(element).render(<Root store={store} layout={embed?.EmbedView} />);
  else hydrateRoot(element, <Root store={store} />);
  // After the first render, which is the first view: a link's view (or a claim tapped before the takeover) follows.
  try {
    await openRequestedStory(store);
  } catch (error) {
    const { title, problems } = failure(error);
    store.getState().failed(title, problems);
  }
  if (embed) embed.startEmbed(store);
  else syncStoreWithUrl(store);
}

if (root) afterFirstPaint(() => void start(root));
