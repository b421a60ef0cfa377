// Builds the bare MapLibre page into bench/baseline/dist, with the app's public data beside it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { assetFileNames } from '../../vite-plugins/assetFileNames.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // As the app's build does: MapLibre's .mjs worker named .js, which plain hosts serve as JavaScript.
        assetFileNames,
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 0 },
});
