// The map's own colours: a quiet basemap so the story's regions and lines carry the contrast.
import { roleOf } from '../../story/model/outlines';
import type { Region, RegionRole } from '../../story/model/schema';

export const PALETTE = {
  sea: '#dce7ee',
  land: '#f5f2ec',
  border: '#a8a193',
  sideA: '#f0b35e',
  sideB: '#6fb8a4',
  disputed: '#d9573b',
  neutral: '#d9d2c3',
  outline: '#3f3a33',
  highlight: '#111827',
} as const;

/** A region's fill by its colour role in the story, so no colour is tied to a place. */
const ROLE_FILL: Readonly<Record<RegionRole, string>> = {
  'side-a': PALETTE.sideA,
  'side-b': PALETTE.sideB,
  disputed: PALETTE.disputed,
  neutral: PALETTE.neutral,
};

export function regionFill(region: Pick<Region, 'role' | 'kind'>): string {
  return ROLE_FILL[roleOf(region)];
}
