// Names for the neighbours and seas around the story, so a reader can find their bearings (not story elements).
export type ContextLabel = { name: string; coordinates: [number, number]; kind: 'country' | 'sea' };

export const CONTEXT_LABELS: readonly ContextLabel[] = [
  { name: 'Georgia', coordinates: [43.6, 42.15], kind: 'country' },
  { name: 'Russia', coordinates: [45.6, 43.0], kind: 'country' },
  { name: 'Iran', coordinates: [47.4, 38.0], kind: 'country' },
  { name: 'Turkey', coordinates: [43.4, 39.45], kind: 'country' },
  { name: 'Caspian Sea', coordinates: [50.6, 40.9], kind: 'sea' },
];
