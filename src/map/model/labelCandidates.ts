// What may be labelled, and where: each pin's label (or its knot's group label), each region's name and the names
// around the story, with their priority and the boxes each side of them would take. ./labels.ts places them.
import { project } from './mercator';
import type { ModelPin } from './mapModel';
import { labelSize, THEME, type Emphasis } from './theme';
import type { LabelFont, PlacedLabel, PlacementInput, Rect } from './labels';
export type Side =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left' | 'center';
/** A pin's label tries the sides first, then the corners (a pin hemmed in by its neighbours often has a corner free). */
const PIN_SIDES: Side[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
/** cos 45°: a corner label sits on the pin's diagonal. */
const CORNER = Math.SQRT1_2;
/** Pins closer than this in pixels form a knot and share one label. */
const KNOT_PX = 26;
const GROUP_TEXT_MAX = 26;

const upper = (text: string): string => text.toUpperCase();

/** A label that may go on the map: what a placed label says (./labels.ts), and where on screen it could go. */
export type Candidate = Pick<PlacedLabel, 'key' | 'kind' | 'text' | 'font' | 'at' | 'emphasis' | 'members'> & {
  /** Where `at` and the label's centre of attention (a knot's middle) fall on screen. */
  atPoint: [number, number];
  point: [number, number];
  /** Half the size of what the label hangs beside (a pin's dot, a group's knot). */
  around: { halfWidth: number; halfHeight: number };
  sides: Side[];
  tier: number;
  /** A name's room: the width in pixels of what it names (a region on screen); it is left out when it is wider. */
  span?: number;
};

export function boxFor(candidate: Candidate, side: Side, width: number, height: number): Rect {
  const [x, y] = candidate.point;
  const gap = THEME.label.pin.gap;
  const { halfWidth, halfHeight } = candidate.around;
  switch (side) {
    case 'right':
      return { x: x + halfWidth + gap - THEME.label.pin.padX, y: y - height / 2, width, height };
    case 'left':
      return { x: x - halfWidth - gap + THEME.label.pin.padX - width, y: y - height / 2, width, height };
    case 'above':
      return { x: x - width / 2, y: y - halfHeight - THEME.label.pin.gapV - height, width, height };
    case 'below':
      return { x: x - width / 2, y: y + halfHeight + THEME.label.pin.gapV, width, height };
    case 'above-right':
    case 'below-right':
    case 'above-left':
    case 'below-left': {
      // The label's background (its box less the margin) starts a pixel past the dot's ring on the diagonal.
      const right = side.endsWith('right');
      const above = side.startsWith('above');
      const clear = THEME.pin.ring / 2 + 1 - THEME.label.margin;
      const cornerX = x + (right ? 1 : -1) * (halfWidth * CORNER + clear);
      const cornerY = y + (above ? -1 : 1) * (halfHeight * CORNER + clear);
      return { x: right ? cornerX : cornerX - width, y: above ? cornerY - height : cornerY, width, height };
    }
    case 'center':
      return { x: x - width / 2, y: y - height / 2, width, height };
  }
}

export const TIER = { chosen: 0, lit: 1, litRegion: 2, capital: 3, place: 4, region: 5, context: 6 } as const;

function pinTier(pin: ModelPin): number {
  if (pin.chosen) return TIER.chosen;
  if (pin.emphasis === 'lit') return TIER.lit;
  return pin.place.kind === 'capital' ? TIER.capital : TIER.place;
}

function pinFont(emphasis: Emphasis, phone: boolean): LabelFont {
  const style = THEME.label.pin;
  return { size: labelSize(style.size, phone), weight: style.weight[emphasis], letterSpacing: 0, italic: false };
}

/** Pins within KNOT_PX of each other, chained: each knot of three or more is one group. */
function knots(points: readonly { id: string; point: [number, number] }[]): string[][] {
  const parent = new Map(points.map(({ id }) => [id, id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  // Swept in order of x: only pins less than KNOT_PX apart across are compared (all pairs took 7 ms for 450 pins).
  const byX = [...points].sort((a, b) => a.point[0] - b.point[0]);
  for (const [i, a] of byX.entries()) {
    for (let j = i + 1; j < byX.length; j += 1) {
      const b = byX[j];
      if (!b) break;
      const dx = b.point[0] - a.point[0];
      if (dx >= KNOT_PX) break;
      const dy = b.point[1] - a.point[1];
      if (dx * dx + dy * dy < KNOT_PX * KNOT_PX) parent.set(root(a.id), root(b.id));
    }
  }
  const byRoot = new Map<string, string[]>();
  for (const { id } of points) {
    const members = byRoot.get(root(id));
    if (members) members.push(id);
    else byRoot.set(root(id), [id]);
  }
  return [...byRoot.values()].filter((members) => members.length >= 3);
}

/** A group's name: its first places by priority, then how many more. */
export function groupText(names: readonly string[]): string {
  const short = names.map((name) => name.split(' / ')[0] ?? name);
  const all = short.join(', ');
  if (all.length <= GROUP_TEXT_MAX) return all;
  const [first = '', second = ''] = short;
  return `${first}, ${second} +${short.length - 2}`;
}

function pinCandidates(input: PlacementInput): { candidates: Candidate[]; dots: Map<string, Rect> } {
  const { model, frame, size, phone } = input;
  const dotHalf = THEME.pin.radius + THEME.pin.ring / 2;
  const onScreen = model.pins.flatMap((pin) => {
    const point = project(frame, size, pin.place.coordinates);
    const visible = point[0] >= 0 && point[1] >= 0 && point[0] <= size.width && point[1] <= size.height;
    return visible ? [{ id: pin.place.id, pin, point }] : [];
  });
  const dots = new Map(
    onScreen.map(({ id, point }) => [
      id,
      { x: point[0] - dotHalf, y: point[1] - dotHalf, width: dotHalf * 2, height: dotHalf * 2 },
    ]),
  );
  const grouped = new Set<string>();
  const candidates: Candidate[] = [];
  for (const members of knots(onScreen)) {
    const pins = onScreen
      .filter(({ id }) => members.includes(id))
      .sort((a, b) => pinTier(a.pin) - pinTier(b.pin) || members.indexOf(a.id) - members.indexOf(b.id));
    const xs = pins.map(({ point }) => point[0]);
    const ys = pins.map(({ point }) => point[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const best = pins[0];
    if (!best) continue;
    for (const id of members) grouped.add(id);
    const emphasis: Emphasis = pins.some(({ pin }) => pin.emphasis === 'lit') ? 'lit' : best.pin.emphasis;
    candidates.push({
      key: `group:${pins.map(({ id }) => id).join('+')}`,
      kind: 'group',
      text: groupText(pins.map(({ pin }) => pin.name)),
      font: pinFont(emphasis, phone),
      at: best.pin.place.coordinates,
      atPoint: best.point,
      point: [(x0 + x1) / 2, (y0 + y1) / 2],
      around: { halfWidth: (x1 - x0) / 2 + dotHalf - THEME.pin.radius, halfHeight: (y1 - y0) / 2 + dotHalf },
      sides: PIN_SIDES,
      tier: Math.min(...pins.map(({ pin }) => pinTier(pin))),
      emphasis,
      members: pins.map(({ id }) => id),
    });
  }
  for (const { id, pin, point } of onScreen) {
    if (grouped.has(id)) continue;
    candidates.push({
      key: `place:${id}`,
      kind: 'pin',
      text: pin.name,
      font: pinFont(pin.emphasis, phone),
      at: pin.place.coordinates,
      atPoint: point,
      point,
      around: { halfWidth: THEME.pin.radius, halfHeight: THEME.pin.radius },
      sides: PIN_SIDES,
      tier: pinTier(pin),
      emphasis: pin.emphasis,
    });
  }
  return { candidates, dots };
}

function nameCandidates(input: PlacementInput): Candidate[] {
  const { model, frame, size, phone } = input;
  // A region's name shows when the region is as wide as its name on screen; the names around the story, once the
  // map is close enough for them to be of use.
  const contextShown = frame.zoom >= THEME.contextNamesMinZoom;
  const font = (style: { size: number; weight: number; letterSpacing: number }, italic = false): LabelFont => ({
    size: labelSize(style.size, phone),
    weight: style.weight,
    letterSpacing: style.letterSpacing,
    italic,
  });
  const regions = model.regions.map((region): Candidate => {
    const style = region.disputed ? THEME.label.disputed : THEME.label.region;
    const point = project(frame, size, region.labelAt);
    return {
      key: `region:${region.featureId}`,
      kind: region.disputed ? 'disputed' : 'region',
      text: upper(region.name),
      font: font(style),
      at: region.labelAt,
      atPoint: point,
      point,
      around: { halfWidth: 0, halfHeight: style.below - THEME.label.pin.gapV },
      sides: ['below', 'above', 'center'],
      tier: region.emphasis === 'lit' ? TIER.litRegion : TIER.region,
      emphasis: region.emphasis,
      span: Math.abs(project(frame, size, [region.bounds[2], 0])[0] - project(frame, size, [region.bounds[0], 0])[0]),
    };
  });
  if (!contextShown) return regions;
  const context = model.contextLabels.map((label): Candidate => ({
    key: `context:${label.name}`,
    kind: label.kind === 'sea' ? 'sea' : 'country',
    text: label.kind === 'sea' ? label.name : upper(label.name),
    font: label.kind === 'sea' ? font(THEME.label.sea, true) : font(THEME.label.country),
    at: label.coordinates,
    atPoint: project(frame, size, label.coordinates),
    point: project(frame, size, label.coordinates),
    around: { halfWidth: 0, halfHeight: 0 },
    sides: ['center'],
    tier: TIER.context,
    emphasis: 'rest',
  }));
  return [...regions, ...context];
}

/** Every label that could go on the map for this camera, and each on-screen pin's dot (labels keep off them). */
export function candidates(input: PlacementInput): { candidates: Candidate[]; dots: Map<string, Rect> } {
  const pins = pinCandidates(input);
  return { candidates: [...pins.candidates, ...nameCandidates(input)], dots: pins.dots };
}
