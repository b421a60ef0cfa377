// The embed message protocol (version 1), shared by the app inside the iframe and the host script: pure, never throws.

const PROTOCOL_VERSION = 1;
/** The longest title a frame takes, from an editor's attribute or from the map. */
export const MAX_TITLE_LENGTH = 200;
const KINDS = ['claim', 'region', 'place', 'relation'] as const;
export type EmbedKind = (typeof KINDS)[number];
export type EmbedSelection = { kind: EmbedKind; id: string } | null;

/** Host → map. */
export type HostCommand =
  | { type: 'conflict-map:focus'; version: 1; selection: { kind: EmbedKind; id: string } }
  | { type: 'conflict-map:clear'; version: 1 };

/** Host → map, as sent on the wire: `{ type: 'conflict-map:focus', version: 1, claim: 'ID' }` (or region, place, relation). */
export type HostCommandMessage = { type: 'conflict-map:focus'; version: 1 } & Partial<Record<EmbedKind, string>>;

export const focusMessage = (kind: EmbedKind, id: string): HostCommandMessage => ({
  type: 'conflict-map:focus',
  version: 1,
  [kind]: id,
});

/** Map → host. */
export type MapMessage =
  | { type: 'conflict-map:ready'; version: 1; title?: string }
  | { type: 'conflict-map:select'; version: 1; kind: EmbedKind | null; id: string | null }
  | { type: 'conflict-map:resize'; version: 1; height: number }
  | { type: 'conflict-map:failed'; version: 1; reason: string };

const MAX_ID_LENGTH = 200;
const MAX_HEIGHT = 100_000;
/** A failure's reason is the map's own sentence; anything longer is not one. */
const MAX_REASON_LENGTH = 400;

function record(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const value = data as Record<string, unknown>;
  return value['version'] === PROTOCOL_VERSION && typeof value['type'] === 'string' ? value : null;
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= MAX_ID_LENGTH;
const isKind = (value: unknown): value is EmbedKind => (KINDS as readonly unknown[]).includes(value);

/** A command from the host page, or null for anything unknown or malformed. A focus names exactly one element. */
export function parseHostCommand(data: unknown): HostCommand | null {
  const message = record(data);
  if (!message) return null;
  if (message['type'] === 'conflict-map:clear') return { type: 'conflict-map:clear', version: 1 };
  if (message['type'] !== 'conflict-map:focus') return null;
  const named = KINDS.filter((kind) => kind in message);
  const kind = named[0];
  if (named.length !== 1 || kind === undefined) return null;
  const id = message[kind];
  return isId(id) ? { type: 'conflict-map:focus', version: 1, selection: { kind, id } } : null;
}

/** A message from the map, or null for anything unknown or malformed. */
export function parseMapMessage(data: unknown): MapMessage | null {
  const message = record(data);
  if (!message) return null;
  switch (message['type']) {
    case 'conflict-map:ready': {
      // The map's own title, for the frame's name; anything else is left out.
      const { title } = message;
      return typeof title === 'string' && title.trim() !== '' && title.length <= MAX_TITLE_LENGTH
        ? { type: 'conflict-map:ready', version: 1, title: title.trim() }
        : { type: 'conflict-map:ready', version: 1 };
    }
    case 'conflict-map:select': {
      const { kind, id } = message;
      if (kind === null && id === null) return { type: 'conflict-map:select', version: 1, kind: null, id: null };
      return isKind(kind) && isId(id) ? { type: 'conflict-map:select', version: 1, kind, id } : null;
    }
    case 'conflict-map:resize': {
      const { height } = message;
      return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT
        ? { type: 'conflict-map:resize', version: 1, height }
        : null;
    }
    case 'conflict-map:failed': {
      const { reason } = message;
      return typeof reason === 'string' && reason !== '' && reason.length <= MAX_REASON_LENGTH
        ? { type: 'conflict-map:failed', version: 1, reason }
        : null;
    }
    default:
      return null;
  }
}

export const readyMessage = (title: string): MapMessage => ({
  type: 'conflict-map:ready',
  version: 1,
  title: title.slice(0, MAX_TITLE_LENGTH),
});
export const selectMessage = (selection: EmbedSelection): MapMessage => ({
  type: 'conflict-map:select',
  version: 1,
  kind: selection?.kind ?? null,
  id: selection?.id ?? null,
});
export const resizeMessage = (height: number): MapMessage => ({ type: 'conflict-map:resize', version: 1, height });

/**
 * `?host=ORIGIN`: the one origin the map accepts commands from and posts to. No parameter: any parent origin, posts to '*'.
 * A value that is not an http(s) origin fails closed (ok: false): the map then neither listens nor posts.
 */
export function hostOriginFrom(search: string): { ok: boolean; origin: string | null } {
  const value = new URLSearchParams(search).get('host');
  if (value === null) return { ok: true, origin: null };
  try {
    const url = new URL(value);
    const isOrigin = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
    return isOrigin ? { ok: true, origin: url.origin } : { ok: false, origin: null };
  } catch {
    return { ok: false, origin: null };
  }
}

/** Whether a message event may command the map: it comes from the parent window, and from the host origin when one is set. */
export function isFromHost(
  event: { source: unknown; origin: string },
  parent: unknown,
  hostOrigin: string | null,
): boolean {
  return event.source === parent && (hostOrigin === null || event.origin === hostOrigin);
}
