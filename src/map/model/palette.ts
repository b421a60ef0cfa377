// The map's own colours: a quiet basemap so the story's regions and lines carry the contrast.
export const PALETTE = {
  sea: '#dce7ee',
  land: '#f5f2ec',
  border: '#a8a193',
  armenia: '#f0b35e',
  azerbaijan: '#6fb8a4',
  disputed: '#d9573b',
  outline: '#3f3a33',
  highlight: '#111827',
} as const;

export const REGION_FILL: Record<string, string> = {
  armenia: PALETTE.armenia,
  azerbaijan: PALETTE.azerbaijan,
  'nagorno-karabakh': PALETTE.disputed,
};
