// The default style is built from the project's own data: no tile server, token, glyphs or sprites from elsewhere.
import type { StyleSpecification } from 'maplibre-gl';
import { PALETTE } from './model/palette';

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Conflict map (offline)',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': PALETTE.sea } }],
  };
}

/** A deployment with its own basemap can name its style here (see README); the story layers are drawn on top of it. */
export function configuredBasemapUrl(): string | null {
  const url: unknown = import.meta.env.VITE_BASEMAP_STYLE_URL;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}
