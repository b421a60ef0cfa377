// The URLs and the snippet an editor needs: the full map for a view, the embed snippet for it. Pure string work.
import { formatHash, type LinkedView } from '../state/hash';

/** The app's own address without embed parameters or hash, e.g. https://maps.example/story/ */
export function appAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.searchParams.delete('embed');
  url.searchParams.delete('host');
  return url.toString();
}

/** The full (not embedded) map showing this view. */
export function fullMapUrl(href: string, view: LinkedView): string {
  return appAddress(href) + formatHash(view);
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One div and one script tag: the host script (served next to the app) turns the div into the map. */
export function embedSnippet(href: string, view: LinkedView): string {
  const map = fullMapUrl(href, view);
  const script = new URL('embed.js', appAddress(href)).toString();
  return `<div data-conflict-map="${escapeAttribute(map)}"></div>\n<script src="${escapeAttribute(script)}" defer></script>`;
}
