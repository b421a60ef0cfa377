// The host script (/embed.js): one tag on a news page turns each <div data-conflict-map="APP_URL"> into the map, sized to
// its content, and lets the page's [data-claim] sentences drive it. Dependency-free; built as a classic script.
import { focusMessage, parseMapMessage, type HostCommandMessage } from './protocol';

const CURRENT_CLASS = 'conflict-map-current';
const DEFAULT_TITLE = 'Interactive map of the Armenia–Azerbaijan conflict over Nagorno-Karabakh';

type Embed = { frame: HTMLIFrameElement; origin: string; ready: boolean; pending: HostCommandMessage | null };
const embeds: Embed[] = [];

function send(embed: Embed, command: HostCommandMessage): void {
  // The frame is sandboxed without allow-same-origin, so its origin is opaque: '*' is the only target that reaches it.
  if (embed.ready) embed.frame.contentWindow?.postMessage(command, '*');
  else embed.pending = command;
}

function focusClaim(id: string): void {
  for (const embed of embeds) send(embed, focusMessage('claim', id));
}

function markCurrent(claim: string | null): void {
  document.querySelectorAll<HTMLElement>('[data-claim]').forEach((element) => {
    const current = claim !== null && element.dataset['claim'] === claim;
    element.classList.toggle(CURRENT_CLASS, current);
    if (current) element.setAttribute('aria-current', 'true');
    else element.removeAttribute('aria-current');
  });
}

function mount(container: HTMLElement): void {
  const url = new URL(container.dataset['conflictMap'] ?? '', document.baseURI);
  url.searchParams.set('embed', '1');
  if (location.origin !== 'null') url.searchParams.set('host', location.origin);
  const frame = document.createElement('iframe');
  frame.title = container.dataset['conflictMapTitle'] ?? DEFAULT_TITLE;
  // Scripts run; popups let "Open the full map" open a normal, unsandboxed tab. No allow-same-origin: the map needs no storage.
  frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  frame.setAttribute('loading', 'lazy');
  frame.style.cssText =
    'display:block;width:100%;border:0;height:' + (container.dataset['conflictMapHeight'] ?? '480') + 'px';
  frame.src = url.toString();
  container.replaceChildren(frame);
  embeds.push({ frame, origin: url.origin, ready: false, pending: null });
}

function onMessage(event: MessageEvent): void {
  const embed = embeds.find((candidate) => candidate.frame.contentWindow === event.source);
  // Only the map's own frame counts; sandboxed, it speaks with the opaque origin "null".
  if (!embed || (event.origin !== embed.origin && event.origin !== 'null')) return;
  const message = parseMapMessage(event.data);
  if (!message) return;
  if (message.type === 'conflict-map:ready') {
    embed.ready = true;
    if (embed.pending) send(embed, embed.pending);
    embed.pending = null;
  } else if (message.type === 'conflict-map:resize') {
    embed.frame.style.height = `${message.height}px`;
  } else {
    markCurrent(message.kind === 'claim' ? message.id : null);
  }
}

function wireClaims(scroll: boolean): void {
  const claims = Array.from(document.querySelectorAll<HTMLElement>('[data-claim]')).filter(
    (element) => !element.closest('[data-conflict-map]'),
  );
  for (const element of claims) {
    const id = element.dataset['claim'];
    if (!id) continue;
    if (element.tabIndex < 0) element.tabIndex = 0;
    element.addEventListener('click', () => focusClaim(id));
    element.addEventListener('focus', () => focusClaim(id));
  }
  if (scroll) followScrolling(claims);
}

// The sentence across the middle of the viewport is the one being read. Only scrolling counts, not layout shifts (the
// map growing to fit would otherwise pick a sentence the reader never scrolled to).
function followScrolling(claims: HTMLElement[]): void {
  let shown: string | null = null;
  let queued = false;
  const check = () => {
    queued = false;
    const middle = window.innerHeight / 2;
    const hit = claims.find((element) => {
      const box = element.getBoundingClientRect();
      return box.top <= middle && box.bottom >= middle;
    });
    const id = hit?.dataset['claim'] ?? null;
    if (id !== null && id !== shown) focusClaim(id);
    shown = id;
  };
  window.addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(check);
      queued = true;
    },
    { passive: true },
  );
}

function start(): void {
  const containers = Array.from(document.querySelectorAll<HTMLElement>('div[data-conflict-map]')).filter(
    (container) => !container.querySelector('iframe'),
  );
  if (containers.length === 0) return;
  containers.forEach(mount);
  window.addEventListener('message', onMessage);
  wireClaims(containers.some((container) => container.hasAttribute('data-conflict-map-scroll')));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
