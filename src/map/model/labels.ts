// Where the map's labels go for a camera: one placement that the live map and the picture both draw, so they agree.
// Each pin tries right, left, above, below, then the four corners (./labelCandidates.ts). The selection's labels go
// first, the most hemmed-in of them first, then capitals, other places, region names and context names. A label with
// no room is left out (its pin keeps its name on hover and focus, and in the lists). No label crosses the map's edge or
// a map control, or covers another pin's dot; pins packed into a knot share one group label.
import type { Frame, Size } from './mercator';
import type { MapModel } from './mapModel';
import { THEME, type Emphasis } from './theme';
import { boxFor, candidates, TIER, type Candidate, type Side } from './labelCandidates';

export type Rect = { x: number; y: number; width: number; height: number };
export type LabelKind = 'pin' | 'group' | 'region' | 'disputed' | 'country' | 'sea';
export type LabelFont = { size: number; weight: number; letterSpacing: number; italic: boolean };
/** Width in pixels of a text in a font; the browser measures, tests and the build estimate. */
export type Measure = (text: string, font: LabelFont) => number;

export type PlacedLabel = {
  key: string;
  kind: LabelKind;
  text: string;
  font: LabelFont;
  /** Where the label hangs from, and its box's offset from there in pixels (the box moves with the map). */
  at: [number, number];
  offset: [dx: number, dy: number];
  side: Side;
  /** The box in the map's pixels for this camera, padding included. */
  box: Rect;
  emphasis: Emphasis;
  /** A group's places. */
  members?: string[];
};
export type Placement = {
  labels: PlacedLabel[];
  /** Pins whose own label is shown (the others show their name on hover and focus). */
  labelledPins: ReadonlySet<string>;
};

export type PlacementInput = {
  model: MapModel;
  frame: Frame;
  size: Size;
  phone: boolean;
  /** Boxes labels must keep out of: the map's controls. */
  reserved?: readonly Rect[];
  measure?: Measure;
};

/** A conservative width for system-ui: the browser's own measure replaces it wherever there is one. */
export const estimateWidth: Measure = (text, font) =>
  text.length * (font.size * (font.weight >= 600 ? 0.62 : 0.58) + font.letterSpacing);

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function inside(box: Rect, size: Size): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

/** Whether `box` covers a pin's dot other than its own (a loop, not a copy of the map: it runs per candidate side). */
function coversDot(dots: ReadonlyMap<string, Rect>, own: ReadonlySet<string>, box: Rect): boolean {
  for (const [id, dot] of dots) if (!own.has(id) && intersects(dot, box)) return true;
  return false;
}

/** A candidate measured, with the boxes it could take where no map edge, control or other pin's dot is in the way. */
type Open = { candidate: Candidate; order: number; own: ReadonlySet<string>; boxes: { side: Side; box: Rect }[] };

function openBoxes(input: PlacementInput, dots: ReadonlyMap<string, Rect>, candidate: Candidate, order: number): Open {
  const measure = input.measure ?? estimateWidth;
  const reserved = input.reserved ?? [];
  const { margin, lineHeight } = THEME.label;
  const own = new Set(candidate.members ?? (candidate.kind === 'pin' ? [candidate.key.slice('place:'.length)] : []));
  const padX = candidate.kind === 'pin' || candidate.kind === 'group' ? THEME.label.pin.padX : 0;
  const width = Math.ceil(measure(candidate.text, candidate.font)) + 2 * padX + 2 * margin;
  if (candidate.span !== undefined && width > candidate.span) return { candidate, order, own, boxes: [] };
  const height = Math.ceil(candidate.font.size * lineHeight) + 2 * margin;
  const boxes = candidate.sides
    .map((side) => ({ side, box: boxFor(candidate, side, width, height) }))
    .filter(
      ({ box }) =>
        inside(box, input.size) && !reserved.some((rect) => intersects(rect, box)) && !coversDot(dots, own, box),
    );
  return { candidate, order, own, boxes };
}

/** By tier; within the selection's tiers, the pin with the fewest open boxes first, so a neighbour's label does not take its last one. */
function byPriority(a: Open, b: Open): number {
  const tier = a.candidate.tier - b.candidate.tier;
  if (tier !== 0) return tier;
  const constrained = a.candidate.tier <= TIER.lit ? a.boxes.length - b.boxes.length : 0;
  return constrained || a.order - b.order;
}

export function placeLabels(input: PlacementInput): Placement {
  const { candidates: all, dots } = candidates(input);
  const ordered = all.map((candidate, order) => openBoxes(input, dots, candidate, order)).sort(byPriority);
  const taken: Rect[] = [];
  const labels: PlacedLabel[] = [];
  const labelledPins = new Set<string>();
  for (const { candidate, own, boxes } of ordered) {
    const free = boxes.find(({ box }) => !taken.some((rect) => intersects(rect, box)));
    if (!free) continue;
    const { side, box } = free;
    taken.push(box);
    const [x, y] = candidate.atPoint;
    labels.push({
      key: candidate.key,
      kind: candidate.kind,
      text: candidate.text,
      font: candidate.font,
      at: candidate.at,
      offset: [box.x - x, box.y - y],
      side,
      box,
      emphasis: candidate.emphasis,
      ...(candidate.members ? { members: candidate.members } : {}),
    });
    if (candidate.kind === 'pin') for (const id of own) labelledPins.add(id);
  }
  return { labels, labelledPins };
}
