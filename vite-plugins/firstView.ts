// Vite plugin: the first view is the HTML. The app's own components render the story's default view into #root
// (src/prerender.tsx, through Vite's module runner, so the config imports nothing of the app), and in the build the
// page is made to paint with nothing but itself: the stylesheet inlined, the scripts moved to the end of the body (so
// they are fetched only once the HTML is in, and run after it), and two small inline scripts: at the end of the head,
// the one that answers a tap on a claim before the app takes over (src/app/earlyTaps.ts; a row is tappable as soon as
// it is painted, long before the rest of the page has arrived on a slow network), and after the first view, the
// editor's notice (src/app/editorNoticeScript.ts). The Content-Security-Policy plugin hashes what is inlined.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin, type Rolldown } from 'vite';
import { bundleClassicScript } from './classicScript';

const PLACEHOLDER = '<div id="root"><!-- first view --></div>';
const PRERENDER = fileURLToPath(new URL('../src/prerender.tsx', import.meta.url));
const EARLY_TAPS = fileURLToPath(new URL('../src/app/earlyTapsScript.ts', import.meta.url));
const EDITOR_NOTICE = fileURLToPath(new URL('../src/app/editorNoticeScript.ts', import.meta.url));
type Prerender = typeof import('../src/prerender.tsx');
type FirstView = Awaited<ReturnType<Prerender['renderFirstView']>>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The stylesheets reach the page through the build (inlined below); rendering needs none of them.
const noStylesheets: Plugin = {
  name: 'first-view:no-stylesheets',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0first-view:no-css' : null),
  load: (id) => (id === '\0first-view:no-css' ? 'export default {}' : null),
};

async function renderFirstView(publicDir: string, storyUrl: string): Promise<FirstView> {
  const { module } = await runnerImport<Prerender>(PRERENDER, {
    configFile: false,
    logLevel: 'error',
    plugins: [noStylesheets],
  });
  return module.renderFirstView((url) => JSON.parse(readFileSync(join(publicDir, url), 'utf8')), storyUrl);
}

const STYLESHEET = /\s*<link rel="stylesheet"[^>]*? href="\.\/([^"]+\.css)"[^>]*>/g;
// Every script with a src (the app's module, the start check) and every module preload.
const SCRIPTS = /\s*<(?:script [^>]*\bsrc="[^"]*"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g;

type InlineScripts = { earlyTaps: string; editorNotice: string };

/** The build's page: its stylesheet inlined (and dropped from the output), its scripts after the content. */
function paintFromHtmlAlone(html: string, bundle: Rolldown.OutputBundle, inline: InlineScripts): string {
  const stylesheets = [...html.matchAll(STYLESHEET)];
  const inlined = stylesheets.map(([, fileName = '']) => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset') throw new Error(`first view: the stylesheet ${fileName} is not in the build`);
    const css = String(asset.source);
    // Inlined into the page, the stylesheet's relative URLs would resolve against the page, not assets/.
    if (/url\((?!\s*['"]?data:)/.test(css)) throw new Error(`first view: ${fileName} refers to files by URL`);
    Reflect.deleteProperty(bundle, fileName);
    return css.trim();
  });
  const scripts = [...html.matchAll(SCRIPTS)].map(([tag]) => tag.trim());
  let page = html.replace(STYLESHEET, '').replace(SCRIPTS, '');
  const styles = inlined.map((css) => `<style>${css}</style>`).join('');
  page = page.replace('</head>', `${styles}\n    <script>${inline.earlyTaps}</script>\n  </head>`);
  const tail = [`<script>${inline.editorNotice}</script>`, ...scripts].map((tag) => `    ${tag}\n`).join('');
  return page.replace('</body>', `${tail}  </body>`);
}

/** `storyUrl`: the default story, relative to public/: its view, title and description go into the page. */
export function firstViewPlugin(storyUrl: string): Plugin {
  let publicDir = 'public';
  return {
    name: 'first-view',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`first view: index.html lacks ${PLACEHOLDER}`);
        const firstView = await renderFirstView(publicDir, storyUrl);
        // The day the date control counted to (UTC, as src/time/dates.ts): the page is taken over on it (useToday.ts).
        const builtOn = new Date().toISOString().slice(0, 10);
        const page = html
          .replace(PLACEHOLDER, `<div id="root">${firstView.html}</div>`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(firstView.title)}</title>`)
          .replace(/(<meta\s+name="description"\s+content=")[^"]*"/, `$1${escapeHtml(firstView.description)}"`)
          .replace('<html lang="en">', `<html lang="en" data-built-on="${builtOn}">`);
        if (!context.bundle) return page;
        const [earlyTaps, editorNotice] = await Promise.all([
          bundleClassicScript(EARLY_TAPS, 'es2020'),
          bundleClassicScript(EDITOR_NOTICE, 'es2020'),
        ]);
        return paintFromHtmlAlone(page, context.bundle, {
          earlyTaps: earlyTaps.trim(),
          editorNotice: editorNotice.trim(),
        });
      },
    },
  };
}
