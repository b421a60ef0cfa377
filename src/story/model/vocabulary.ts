// The story format's closed lists of words, apart from the validator: the map and the legend read them on the first
// load, which must not carry zod (src/story/model/schema.ts builds the validator from them).
export const RELATION_TYPES = [
  'talks-offer',
  'diplomatic-call',
  'military-alliance',
  'military-base',
  'political-ties',
  'diaspora',
  'backing',
  'tension',
  'mediation',
  'conflict',
] as const;

/** A landmark is a site the story turns on that is none of the others: a temple, a monument, a border crossing. */
export const PLACE_KINDS = ['capital', 'regional-capital', 'military-base', 'organisation-seat', 'landmark'] as const;
export const VERDICTS = ['supports', 'qualifies', 'contradicts'] as const;
/** What kind of statement a claim is: something that happened or was said (an event), or something that held (a state). */
export const CLAIM_TIMES = ['event', 'state'] as const;
/** How a relation stands from a timeline entry on: still in force, suspended but not left, or over. */
export const RELATION_STATUSES = ['active', 'frozen', 'ended'] as const;
/** What a timeline entry does to a state claim: changes it, or ends it (it no longer holds from that day). */
export const CLAIM_EFFECTS = ['changed', 'ended'] as const;
/** A region's colour role: the two sides of the conflict, a disputed area, or a region drawn for context. */
export const REGION_ROLES = ['side-a', 'side-b', 'disputed', 'neutral'] as const;
/** A name on the map that is not a story element: a neighbouring country or a sea. */
export const CONTEXT_LABEL_KINDS = ['country', 'sea'] as const;
