// The host script (/embed.js): one tag on a news page turns each <div data-conflict-map="APP_URL"> into the map, sized to
// its content, and lets the page's [data-claim] sentences drive it. Dependency-free; built as a classic script.
import { clampHeight, FRAME_SANDBOX, frameOptions, type FrameOptions } from './hostOptions';
import { focusMessage, parseMapMessage, type HostCommandMessage } from './protocol';

const CURRENT_CLASS = 'conflict-map-current';
/** A frame that has loaded but not said "ready" by then is reported to the page's readers and editors. */
const START_TIMEOUT_MS = 20_000;
// Read while the script runs: later, currentScript is whatever script runs then.
const SCRIPT_SRC = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : null;

type Embed = {
  frame: HTMLIFrameElement;
  container: HTMLElement;
  origin: string;
  address: string;
  ready: boolean;
  titled: boolean;
  pending: HostCommandMessage | null;
  note: HTMLElement | null;
};
const embeds: Embed[] = [];

function send(embed: Embed, command: HostCommandMessage): void {
  if (embed.ready) embed.frame.contentWindow?.postMessage(command, embed.origin);
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

/** A plain paragraph in the page, readable with or without the page's styles; its text is set, never parsed as HTML. */
function noteElement(text: string, address: string | null): HTMLElement {
  const note = document.createElement('p');
  note.className = 'conflict-map-note';
  note.setAttribute('role', 'status');
  Object.assign(note.style, {
    margin: '0.5em 0',
    padding: '0.5em 0.75em',
    border: '1px solid #b45309',
    background: '#fffbeb',
    color: '#1c1b19',
    font: '14px/1.4 system-ui, sans-serif',
  });
  note.append(text);
  if (address !== null) {
    const link = document.createElement('a');
    link.href = address;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'Open the map in a new tab';
    note.append(' ', link, '.');
  }
  return note;
}

function showNote(embed: Embed, text: string): void {
  embed.note?.remove();
  embed.note = noteElement(text, embed.address);
  embed.container.append(embed.note);
}

function mount(container: HTMLElement, options: FrameOptions): void {
  const { url } = options;
  if (location.origin !== 'null') url.searchParams.set('host', location.origin);
  const frame = document.createElement('iframe');
  frame.title = options.title;
  frame.setAttribute('sandbox', FRAME_SANDBOX);
  frame.setAttribute('loading', 'lazy');
  // Property by property: nothing the page wrote reaches the stylesheet as text.
  Object.assign(frame.style, { display: 'block', width: '100%', border: '0', height: `${options.height}px` });
  frame.src = url.toString();
  container.replaceChildren(frame);
  const address = new URL(url);
  address.searchParams.delete('embed');
  address.searchParams.delete('host');
  const embed: Embed = {
    frame,
    container,
    origin: url.origin,
    address: address.toString(),
    ready: false,
    titled: options.titled,
    pending: null,
    note: null,
  };
  embeds.push(embed);
  frame.addEventListener('load', () => {
    window.setTimeout(() => {
      if (!embed.ready)
        showNote(
          embed,
          'The interactive map has not started. The map’s site may be down or slow, or it may refuse to be shown inside other pages.',
        );
    }, START_TIMEOUT_MS);
  });
}

function onMessage(event: MessageEvent): void {
  const embed = embeds.find((candidate) => candidate.frame.contentWindow === event.source);
  // Only frames this script made, and only while they show the map's own site, are listened to.
  if (!embed || event.origin !== embed.origin) return;
  const message = parseMapMessage(event.data);
  if (!message) return;
  if (message.type === 'conflict-map:ready') {
    embed.ready = true;
    if (message.title && !embed.titled) embed.frame.title = message.title;
    embed.note?.remove();
    embed.note = null;
    if (embed.pending) send(embed, embed.pending);
    embed.pending = null;
  } else if (message.type === 'conflict-map:failed') {
    showNote(embed, `The interactive map could not start: ${message.reason}`);
  } else if (message.type === 'conflict-map:resize') {
    embed.frame.style.height = `${clampHeight(message.height)}px`;
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
  let scroll = false;
  for (const container of containers) {
    const { dataset } = container;
    const parsed = frameOptions(
      {
        map: dataset['conflictMap'],
        title: dataset['conflictMapTitle'],
        height: dataset['conflictMapHeight'],
        scroll: container.hasAttribute('data-conflict-map-scroll'),
      },
      document.baseURI,
      SCRIPT_SRC,
    );
    if (!parsed.ok) {
      container.replaceChildren(noteElement(`The interactive map cannot be shown here: ${parsed.reason}`, null));
      continue;
    }
    mount(container, parsed.options);
    scroll ||= parsed.options.scroll;
  }
  window.addEventListener('message', onMessage);
  wireClaims(scroll);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
