// What embed.js reads from an editor's <div data-conflict-map …>: every attribute parsed and bounded, never pasted into
// CSS or HTML. Pure (plain strings in), so the rules are unit-tested; shared by embed.js only.
import { excerpt as quoteable } from '../ui/echo';
import { MAX_TITLE_LENGTH } from './protocol';

/** The frame's height before the map reports its own, and the bounds of any height (an editor's or the map's). */
export const DEFAULT_FRAME_HEIGHT = 480;
const MIN_FRAME_HEIGHT = 150;
export const MAX_FRAME_HEIGHT = 12_000;
/** The frame's name until the map says its own (its ready message), unless the editor gave one. */
export const DEFAULT_TITLE = 'Interactive news map';

/**
 * The iframe's sandbox. allow-same-origin keeps the map's own origin, so its scripts, styles, worker and data load from
 * any static host without CORS headers; popups (escaping the sandbox) let "Open the full map" and source links open
 * normal tabs; downloads let "Download PNG/SVG" save. Top navigation, forms and modal dialogs stay blocked.
 */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** `titled`: the editor named the frame, so the map's own title does not replace that name. */
export type FrameOptions = { url: URL; title: string; titled: boolean; height: number; scroll: boolean };
export type HostAttributes = { map?: string; title?: string; height?: string; scroll: boolean };

/** A number of CSS pixels within the bounds, or the fallback for anything else ("480", not "480px; position: fixed"). */
export function parseHeight(value: string | undefined, fallback = DEFAULT_FRAME_HEIGHT): number {
  if (value === undefined || !/^\s*\d{1,6}\s*$/.test(value)) return fallback;
  return clampHeight(Number(value));
}

export function clampHeight(height: number): number {
  return Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
}

/**
 * The frame for one div, or why there is none. `scriptSrc` is embed.js's own address: only the app served next to it
 * is framed (a page cannot point the script at any other site); without it (a bundled copy), any http(s) address.
 */
export function frameOptions(
  attributes: HostAttributes,
  baseUri: string,
  scriptSrc: string | null,
): { ok: true; options: FrameOptions } | { ok: false; reason: string } {
  const value = (attributes.map ?? '').trim();
  let url: URL;
  try {
    url = new URL(value, baseUri);
  } catch {
    return { ok: false, reason: `“${quoteable(value)}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: `“${quoteable(value)}” is not an http(s) address.` };
  const scriptOrigin = scriptSrc ? new URL(scriptSrc, baseUri).origin : null;
  if (scriptOrigin !== null && url.origin !== scriptOrigin)
    return {
      ok: false,
      reason: `the map’s address (${quoteable(url.origin)}) is not the site embed.js comes from (${quoteable(scriptOrigin)}).`,
    };
  url.searchParams.set('embed', '1');
  const title = attributes.title?.trim();
  return {
    ok: true,
    options: {
      url,
      title: title ? quoteable(title, MAX_TITLE_LENGTH) : DEFAULT_TITLE,
      titled: Boolean(title),
      height: parseHeight(attributes.height),
      scroll: attributes.scroll,
    },
  };
}
