// How each kind of relation looks: colour AND dash pattern, so types differ by more than colour. The legend uses the same.
import type { RelationStatus, RelationType } from '../../story/model/schema';

export type RelationStyle = {
  label: string;
  color: string;
  /** Dash and gap lengths in line widths; null for a solid line, which MapLibre then draws without its dash shader. */
  dash: readonly number[] | null;
  width: number;
};

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  'talks-offer': { label: 'Offer of talks', color: '#1d4ed8', dash: null, width: 2.5 },
  'diplomatic-call': { label: 'Diplomatic call', color: '#0e7490', dash: [2, 1.5], width: 2.5 },
  'military-alliance': { label: 'Military alliance', color: '#b91c1c', dash: null, width: 3.5 },
  'military-base': { label: 'Military base', color: '#7f1d1d', dash: [4, 1.5], width: 3 },
  'political-ties': { label: 'Political ties', color: '#6d28d9', dash: [0.6, 1.4], width: 3 },
  diaspora: { label: 'Diaspora', color: '#c2410c', dash: [3, 1, 0.6, 1], width: 2.5 },
  backing: { label: 'Backing', color: '#15803d', dash: [5, 1.2], width: 3 },
  tension: { label: 'Tension or dispute', color: '#be185d', dash: [1.5, 1], width: 2.5 },
  mediation: { label: 'Mediation (Minsk Group)', color: '#475569', dash: [3, 2], width: 2.5 },
  conflict: { label: 'Armed conflict', color: '#111827', dash: [1, 1], width: 3 },
};

/** How a line's status changes its look, on top of its type's: the same for MapLibre, the SVG picture and the legend. */
export type RelationStatusStyle = {
  label: string;
  /** Replaces the type's colour (an ended line is greyed). */
  color?: string;
  /** Multiplies the line's opacity and width. */
  opacity: number;
  widthScale: number;
  /** A pale band under the line, this many pixels wider than it (a frozen line). */
  casing?: { color: string; extraWidth: number };
};

export const RELATION_STATUS_STYLES: Record<RelationStatus, RelationStatusStyle> = {
  active: { label: 'In force', opacity: 1, widthScale: 1 },
  frozen: {
    label: 'Frozen: suspended, not left (faded, on a pale blue band)',
    opacity: 0.6,
    widthScale: 1,
    casing: { color: '#bae6fd', extraWidth: 6 },
  },
  ended: { label: 'Ended (thin and grey)', color: '#6b7280', opacity: 0.9, widthScale: 0.6 },
};

/** The colour, width and opacity a line of this type and status is drawn with, before any selection dims it. */
export function lineLook(
  type: RelationType,
  status: RelationStatus,
): { color: string; width: number; opacity: number } {
  const style = RELATION_STYLES[type];
  const look = RELATION_STATUS_STYLES[status];
  return { color: look.color ?? style.color, width: style.width * look.widthScale, opacity: look.opacity };
}
