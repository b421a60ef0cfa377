// A name around the story for the reader's bearings (a neighbour, a sea): not a story element. The story lists them.
export type ContextLabel = { name: string; coordinates: [number, number]; kind: 'country' | 'sea' };
