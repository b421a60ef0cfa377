// How each kind of relation looks: colour AND dash pattern, so types differ by more than colour. The legend uses the same.
import type { RelationType } from '../../story/model/schema';

export type RelationStyle = { label: string; color: string; dash: number[]; width: number };

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  'talks-offer': { label: 'Offer of talks', color: '#1d4ed8', dash: [1, 0], width: 2.5 },
  'diplomatic-call': { label: 'Diplomatic call', color: '#0e7490', dash: [2, 1.5], width: 2.5 },
  'military-alliance': { label: 'Military alliance', color: '#b91c1c', dash: [1, 0], width: 3.5 },
  'military-base': { label: 'Military base', color: '#7f1d1d', dash: [4, 1.5], width: 3 },
  'political-ties': { label: 'Political ties', color: '#6d28d9', dash: [0.6, 1.4], width: 3 },
  diaspora: { label: 'Diaspora', color: '#c2410c', dash: [3, 1, 0.6, 1], width: 2.5 },
  backing: { label: 'Backing', color: '#15803d', dash: [5, 1.2], width: 3 },
  tension: { label: 'Tension or dispute', color: '#be185d', dash: [1.5, 1], width: 2.5 },
  mediation: { label: 'Mediation (Minsk Group)', color: '#475569', dash: [3, 2], width: 2.5 },
  conflict: { label: 'Armed conflict', color: '#111827', dash: [1, 1], width: 3 },
};
