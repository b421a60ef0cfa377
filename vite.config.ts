import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { staticMapPlugin } from './src/static/staticMapPlugin.ts';

export default defineConfig({
  // Relative base: the build works from any folder or sub-path it is deployed under.
  base: './',
  plugins: [react(), staticMapPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre and React change rarely: keep them in their own long-cached chunks. Only MapLibre's JavaScript goes in
        // its chunk: its stylesheet (imported by the first-load code) there would make the first load fetch all of MapLibre.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'geo/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
