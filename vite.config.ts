import { defineConfig } from 'vitest/config';
import { loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { parseOriginList } from './src/story/origins.ts';
import { contentSecurityPolicyPlugin } from './vite-plugins/contentSecurityPolicy.ts';
import { storySchemaPlugin } from './vite-plugins/storySchema.ts';
import { hostScript } from './vite-plugins/hostScript.ts';
import { firstViewPlugin } from './vite-plugins/firstView.ts';
import { defaultStoryPlugin } from './vite-plugins/defaultStory.ts';
import { assetFileNames } from './vite-plugins/assetFileNames.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd());
  // Origins the page may fetch from besides its own: allowed story hosts and an optional remote basemap.
  const extraOrigins = [
    ...parseOriginList(env['VITE_STORY_ORIGINS']),
    ...parseOriginList(env['VITE_BASEMAP_STYLE_URL']),
  ];
  // The build option that picks the story the page opens on (a path under public/), e.g.
  // DEFAULT_STORY=stories/karabakh-2023.json npm run build. Its first view, titles and description go into the page.
  const defaultStory = process.env['DEFAULT_STORY'] ?? env['VITE_DEFAULT_STORY'] ?? 'stories/karabakh-2020.json';
  return {
    // Relative base: the build works from any folder or sub-path it is deployed under.
    base: './',
    // The first view goes into the page before the policy hashes what the page inlines.
    plugins: [
      react(),
      storySchemaPlugin(),
      defaultStoryPlugin(defaultStory),
      firstViewPlugin(defaultStory),
      contentSecurityPolicyPlugin(extraOrigins),
      hostScript(),
    ],
    // Workers (story validation) are modules, like the app: they share its chunks' format and its .js names.
    worker: { format: 'es' },
    build: {
      target: 'es2022',
      // Every browser the build targets preloads modules itself (<link rel="modulepreload">: Chrome 66, Firefox 115,
      // Safari 17); the polyfill only cost the first load 0.4 KB. An older Safari loads the same modules when imported.
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        output: {
          // MapLibre's .mjs worker is named .js, which plain hosts serve as JavaScript.
          assetFileNames,
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
    // No CORS headers, as on the plain static hosts the app is deployed to: embeds keep their own origin (EMBEDDING.md).
    preview: { port: 4173, strictPort: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: [
              'src/**/*.test.{ts,tsx}',
              'geo/**/*.test.ts',
              'scripts/**/*.test.ts',
              'vite-plugins/**/*.test.ts',
              'tests/support/**/*.test.ts',
              'bench/**/*.test.ts',
            ],
            environment: 'node',
            setupFiles: ['tests/support/fastCheckSeed.ts'],
            // One module graph per worker instead of one per file: the unit suite went from 76 s to about 30 s on 2
            // cores, most of it spent importing the same modules again. The tests share no state (fake timers are
            // restored, stores are made per test).
            isolate: false,
          },
        },
      ],
    },
  };
});
