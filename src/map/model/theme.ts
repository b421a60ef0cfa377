// The map's look, defined once: every colour, width, emphasis factor, font and hit size that the live map (MapLibre
// layers and HTML pins), the SVG picture, print and the downloads read. Sizes are screen pixels.
import type { Place } from '../../story/model/schema';
import { PALETTE } from './palette';

/** How an element stands when something is selected: named by it (lit), not named (dim), or nothing selected (rest). */
export type Emphasis = 'lit' | 'dim' | 'rest';
export type ByEmphasis = Readonly<Record<Emphasis, number>>;

export function emphasisOf(active: boolean, lit: boolean): Emphasis {
  if (!active) return 'rest';
  return lit ? 'lit' : 'dim';
}

export const THEME = {
  context: { borderWidth: 0.8 },
  country: {
    fillOpacity: { lit: 0.9, dim: 0.3, rest: 0.75 },
    outline: PALETTE.outline,
    outlineOpacity: 0.8,
    outlineWidth: { lit: 2.5, dim: 0.6, rest: 1 },
  },
  disputed: {
    fill: PALETTE.disputed,
    fillOpacity: { lit: 0.85, dim: 0.3, rest: 0.7 },
    outline: PALETTE.highlight,
    outlineOpacity: 1,
    outlineWidth: { lit: 3, dim: 1, rest: 1.6 },
    /** Dash and gap, in outline widths. */
    outlineDash: [2, 1] as const,
  },
  relation: {
    /** Each type's own width (relationStyles.ts) times this. */
    widthFactor: { lit: 1.6, dim: 0.7, rest: 1 },
    opacity: { lit: 1, dim: 0.18, rest: 0.85 },
    /** The invisible band a finger or pointer hits around a line. */
    hitWidth: 24,
  },
  pin: {
    /** The dot's radius and ring; a military base is a rounded square of the same size. */
    radius: 5.5,
    ring: 3,
    squareHalf: 6,
    squareRing: 2,
    squareCorner: 2,
    dimOpacity: 0.4,
    /** A 44-px disc for a finger (WCAG 2.5.5), whatever the zoom. */
    hitRadius: 22,
    colours: {
      capital: { fill: PALETTE.highlight, stroke: '#fff' },
      'regional-capital': { fill: '#fff', stroke: PALETTE.highlight },
      'military-base': { fill: '#7f1d1d', stroke: '#fff' },
      'organisation-seat': { fill: '#475569', stroke: '#fff' },
      landmark: { fill: '#6d28d9', stroke: '#fff' },
    } satisfies Record<Place['kind'], { fill: string; stroke: string }>,
  },
  label: {
    font: 'system-ui, sans-serif',
    halo: '#fffdf9',
    haloWidth: 3,
    pin: {
      size: 13,
      weight: { lit: 600, dim: 500, rest: 600 },
      colour: { lit: PALETTE.highlight, dim: '#55514a', rest: PALETTE.highlight },
      /** From the dot's edge to the label's text, beside it; above and below, from the dot's edge to the label's box. */
      gap: 5,
      gapV: 3,
      /** The label's padding on each side (the live map's labels have a background box this wide). */
      padX: 4,
    },
    /** Region names hang `below` px under their label point, clear of the capital's pin that often shares it. */
    region: { size: 12, letterSpacing: 1.4, weight: 600, colour: '#4b463e', below: 12 },
    disputed: { size: 12, letterSpacing: 1.4, weight: 700, colour: '#3b0d05', below: 12 },
    country: { size: 12, letterSpacing: 1.4, weight: 600, colour: '#4b463e' },
    sea: { size: 12, letterSpacing: 0, weight: 400, colour: '#4a6478' },
    group: { size: 13, weight: 600, colour: PALETTE.highlight },
    /** Phones: no text under 16 px. */
    phoneSize: 16,
    /** A label's box is its text plus this on each side: room between neighbours. */
    margin: 2,
    lineHeight: 1.25,
  },
  /** The names around the story (neighbours, seas) give way below this zoom: the map then shows a continent or more.
   * A region's name gives way when the region is narrower on screen than its name (../model/labels.ts). */
  contextNamesMinZoom: 4,
} as const;

/** A label's text size: the theme's, or 16 px on phones. */
export function labelSize(size: number, phone: boolean): number {
  return phone ? Math.max(size, THEME.label.phoneSize) : size;
}
