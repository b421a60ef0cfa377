// The house rules the code checks itself: typed TypeScript rules, React's hook rules, and the layer order (README,
// "How the code is laid out"): a module imports only from its own layer and the layers below it, never back up.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The app's layers, top first. A module may import its own folder and the layers after its own in this list; folders
// that share a layer stay apart.
const LAYERS = [
  ['editor'], // the story editor (`?edit`): a chunk of its own, over the reader's page and map
  ['app'], // the page: start-up, loading, the full and the embed layout
  ['panels'], // the reading panel: cards, claims, timeline, key; it holds the opener and the share control
  ['map', 'opener', 'embed'], // the map's renderers; opening another story; embedding and share links
  ['state-react'], // the React binding of the store
  ['state', 'ui', 'network', 'editor-model'], // the editor's pure model (the draft as text, its checks, its preview); the framework-free store and the URL hash; how numbers and dates are written, shared element ids; fetches with time limits
  // What every renderer draws, in pure code: the map model, the theme, label placement, the framing (Mercator, fits).
  // Below the renderers so MapLibre, the picture, print and downloads all read it and none of it reads them.
  ['map-model'],
  ['story'], // claim linking, words for the map, validation, area comparison
  ['time'], // which elements hold on a day, the story's timeline
  ['geometry'], // areas, bounds, label points, relation lines, the map data decoded
  ['story-model'], // the story's types (its schema) and names
  ['shipped'], // where the shipped story and map data live: the app fetches them, the build reads them
];
const below = (index) => LAYERS.slice(index + 1).flat();
const layerPolicies = LAYERS.flatMap((layer, index) =>
  layer.map((type) => ({
    from: { element: { type } },
    allow: { to: { element: { type: [type, ...below(index)] } } },
  })),
);

// Build-time and test code stands apart: it may use any of the app's modules, and the app never imports it.
const APART = ['vite-plugins', 'geo', 'scripts', 'bench', 'tests'];
const FOLDERS = {
  'story-model': 'src/story/model',
  'state-react': 'src/state/react',
  'map-model': 'src/map/model',
  'editor-model': 'src/editor/model',
  fixtures: 'src/*/fixtures',
  ...Object.fromEntries(
    [
      'editor',
      'app',
      'panels',
      'map',
      'opener',
      'embed',
      'ui',
      'network',
      'state',
      'story',
      'time',
      'geometry',
      'shipped',
    ].map((name) => [name, `src/${name}`]),
  ),
  ...Object.fromEntries(APART.map((name) => [name, name])),
};
// A file belongs to the innermost folder that matches (src/story/model/ is story-model, not story).
const ELEMENTS = Object.entries(FOLDERS).map(([type, pattern]) => ({ type, pattern, partialMatch: false }));

// One adapter holds the imperative map code: MapLibre is imported in src/map/ only.
const MAPLIBRE_ONLY_IN_MAP = {
  group: ['maplibre-gl', 'maplibre-gl/*', '@vis.gl/react-maplibre'],
  message: 'MapLibre belongs to src/map/.',
};

export default defineConfig(
  globalIgnores([
    'dist/',
    'bench/baseline/dist/',
    'public/',
    'geo/sources/',
    'test-results/',
    'playwright-report/',
    '.scratch/',
  ]),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers and booleans read fine in messages and keys.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `void promise` marks a promise whose failure is handled where it is made.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', ...APART.map((folder) => `${folder}/**/*.ts`)],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...layerPolicies,
            ...APART.map((type) => ({ from: { element: { type } }, allow: { to: { element: { type: '*' } } } })),
            // Fixtures read the shipped files from disk for tests: parsed and decoded as the app does it.
            {
              from: { element: { type: 'fixtures' } },
              allow: { to: { element: { type: ['story', 'story-model', 'time', 'geometry', 'shipped'] } } },
            },
            { from: { file: { categories: 'test' } }, allow: { to: { element: { type: 'fixtures' } } } },
            // src/main.tsx starts the app, src/prerender.tsx renders its first view at build time (its test takes it
            // over as main.tsx does): they sit above every layer.
            {
              from: { file: { path: ['src/main.tsx', 'src/prerender.tsx', 'src/prerender.test.tsx'] } },
              allow: { to: { element: { type: LAYERS.flat() } } },
            },
          ],
        },
      ],
      // Every file of the app belongs to a layer.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['src/main.tsx', 'src/prerender.tsx', 'src/prerender.test.tsx'],
    rules: { 'boundaries/no-unknown-files': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [MAPLIBRE_ONLY_IN_MAP] }],
    },
  },
  {
    files: ['src/{story,time,geometry,state}/**/*.ts', 'src/map/model/**/*.ts'],
    ignores: ['src/state/react/**', 'src/*/fixtures/**', '**/*.test.ts'],
    rules: {
      // The domain and the store are plain TypeScript: no React, MapLibre or Node.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The domain and the store stay free of React: bind it in src/state/react/.' },
            { name: 'react-dom', message: 'The domain and the store stay free of React.' },
            { name: 'zustand', message: 'Import zustand/vanilla here; the React binding lives in src/state/react/.' },
          ],
          patterns: [
            MAPLIBRE_ONLY_IN_MAP,
            { group: ['node:*'], message: 'The domain runs in the page: no Node modules outside fixtures.' },
          ],
        },
      ],
    },
  },
  {
    // Build-time code, scripts and tests run in Node.
    files: [
      'vite.config.ts',
      'eslint.config.js',
      ...APART.map((folder) => `${folder}/**/*.ts`),
      'src/**/*.test.{ts,tsx}',
      'src/*/fixtures/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
