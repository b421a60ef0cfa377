// The example stories under public/stories/ that the editor offers to start from (./examples.test.ts keeps this list
// true). Here, not in src/shipped/paths.ts: what the editor alone imports stays out of the reader's first load.
export const EXAMPLE_STORIES = [
  { url: 'stories/karabakh-2020.json', title: 'Karabakh, September 2020 (CGTN)' },
  { url: 'stories/karabakh-2023.json', title: 'Karabakh, September 2023 (Reuters)' },
  { url: 'stories/thailand-cambodia-2025.json', title: 'Thailand and Cambodia, July 2025 (KUNA)' },
] as const;
