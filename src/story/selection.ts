// What the reader has picked: one claim, region, place or relation — or nothing (the whole story).

export const SELECTION_KINDS = ['claim', 'region', 'place', 'relation'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export type Selection = { kind: SelectionKind; id: string } | null;

export function isSelectionKind(value: string): value is SelectionKind {
  return (SELECTION_KINDS as readonly string[]).includes(value);
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
