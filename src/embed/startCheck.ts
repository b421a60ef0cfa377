// /start-check.js: a classic script that runs before the app. Classic scripts load where the app's module scripts and
// styles are refused (a frame sandboxed without allow-same-origin, on a host with no CORS headers), so it can say why
// the map did not start instead of leaving a picture that does nothing. Dependency-free; built like embed.js.
import { excerpt as quoteable } from '../ui/echo';
import { APP_RUNNING } from './startMark';

const OPAQUE_ORIGIN_REASON =
  'the page showing it puts it in a sandbox without “allow-same-origin”, so the browser refuses the map’s own files. ' +
  'Editors: use the embed code from “Share this view”, or see EMBEDDING.md for the iframe settings that work.';

const embedded = window.parent !== window;
let reported = false;

function reasonFor(file: string): string {
  // An opaque origin ("null") is the sandbox: every file of the app's own site counts as another site's.
  return window.origin === 'null'
    ? OPAQUE_ORIGIN_REASON
    : `a file it needs (${quoteable(file, 120)}) could not be downloaded. Reload the page to try again.`;
}

function appAddress(): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  url.searchParams.delete('host');
  return url.toString();
}

function report(file: string): void {
  if (reported) return;
  reported = true;
  const reason = reasonFor(file);
  const alert = document.createElement('p');
  alert.className = 'start-failure';
  alert.setAttribute('role', 'alert');
  // Set through the CSSOM (the page's policy allows no inline style text), and readable without the app's stylesheet.
  Object.assign(alert.style, {
    margin: '0',
    padding: '0.6em 0.8em',
    background: '#fffbeb',
    borderBottom: '2px solid #b45309',
    color: '#1c1b19',
    font: '15px/1.4 system-ui, sans-serif',
  });
  alert.append(`The interactive map could not start: ${reason}`);
  if (embedded) {
    const link = document.createElement('a');
    link.href = appAddress();
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'Open the map in a new tab';
    alert.append(' ', link, '.');
  }
  document.body.prepend(alert);
  document.documentElement.dataset['startFailed'] = 'true';
  if (embedded) window.parent.postMessage({ type: 'conflict-map:failed', version: 1, reason }, '*');
}

// Only the page's own start-up files count: chunks the app loads later report their own failures.
const startFiles = new Set<Element>(
  document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]'),
);
const addressOf = (element: Element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '';

window.addEventListener(
  'error',
  (event) => {
    const { target } = event;
    if (target instanceof Element && startFiles.has(target)) report(addressOf(target));
  },
  true,
);
// Files refused before this script ran fired their errors already. By the load event the app's module has run (it marks
// the page) and every stylesheet that loaded has its sheet.
window.addEventListener('load', () => {
  const entry = document.querySelector('script[type="module"][src]');
  if (entry && document.documentElement.dataset[APP_RUNNING] === undefined) report(addressOf(entry));
  for (const element of startFiles)
    if (element instanceof HTMLLinkElement && element.rel === 'stylesheet' && element.sheet === null)
      report(addressOf(element));
});
