// Built asset names for plain static hosts, shared by the app's build and the bench's bare MapLibre page.
import type { Rolldown } from 'vite';

/**
 * MapLibre's worker ships as .mjs, which older nginx and other plain hosts serve as a download, not JavaScript, and
 * browsers refuse such a module worker: every asset written as JavaScript is named .js.
 */
export function assetFileNames(asset: Rolldown.PreRenderedAsset): string {
  return asset.names.some((name) => name.endsWith('.mjs'))
    ? 'assets/[name]-[hash].js'
    : 'assets/[name]-[hash][extname]';
}
