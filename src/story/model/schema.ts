// The story format: one article, the map elements it touches, its claims and the sourced facts that check them.
// Pure domain code: no React or MapLibre here. zod/mini keeps the validator small in the bundle.
import * as z from 'zod/mini';
import {
  CLAIM_EFFECTS,
  CLAIM_TIMES,
  CONTEXT_LABEL_KINDS,
  PLACE_KINDS,
  REGION_ROLES,
  RELATION_STATUSES,
  RELATION_TYPES,
  VERDICTS,
} from './vocabulary';

export const STORY_FORMAT_VERSION = 1;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().check(z.regex(idPattern, 'must be lower-case words joined by hyphens, like "disputed-area"'));
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const idList = z.array(id);
const sourceIds = z.array(id).check(z.minLength(1, 'must name at least one source'));
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const longitude = z.number().check(z.gte(-180, 'longitude must be ≥ -180'), z.lte(180, 'longitude must be ≤ 180'));
/** When an element holds: from `validFrom` (inclusive) until `validTo`, the first day it no longer holds; either end may be open. */
const validity = { validFrom: z.optional(isoDate), validTo: z.optional(isoDate) };
const latitude = z.number().check(z.gte(-90, 'latitude must be ≥ -90'), z.lte(90, 'latitude must be ≤ 90'));

/** One name a place is known by, and who uses it (contested places carry several). */
const nameSchema = z.object({
  name: text,
  usage: z.optional(text),
});

const sourceSchema = z.object({
  id,
  title: text,
  outlet: text,
  url: z.optional(httpUrl),
  published: z.optional(isoDate),
  note: z.optional(text),
});

/** The parts of the article a claim can cite: ¶1…¶n for paragraphs, C1…Cn for photo captions. */
const articlePartSchema = z.object({
  id: z.string().check(z.regex(/^(?:¶|C)[1-9]\d*$/, 'must be ¶N for a paragraph or CN for a caption')),
  kind: z.enum(['paragraph', 'caption']),
});

const articleSchema = z.object({
  title: text,
  outlet: text,
  author: text,
  published: isoDate,
  eventDate: isoDate,
  url: z.optional(httpUrl),
  sections: z.array(text),
  parts: z.array(articlePartSchema).check(z.minLength(1, 'must list the article’s paragraphs')),
});

const position = z.tuple([longitude, latitude]);
const ring = z.array(position).check(z.minLength(4, 'must have at least 4 positions, the last the same as the first'));
const rings = z.array(ring).check(z.minLength(1, 'must have an outer ring'));
/** An outline drawn for the story, as GeoJSON (longitude, latitude): a disputed area, a province, a front line. */
const outlineGeometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: rings }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(rings).check(z.minLength(1, 'must have a polygon')),
  }),
]);

/**
 * A geometry of a region, given one of three ways (exactly one): `feature`, the id of a feature in the built map data
 * (object `regions` of the detailed region file, see geo/README.md); `country`, a country's ISO 3166-1 numeric code,
 * drawn from Natural Earth 1:50m; or `geometry`, an outline of the story's own.
 */
const outlineSchema = z.object({
  id,
  feature: z.optional(text),
  country: z.optional(
    z.string().check(z.regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric country code of three digits, like "764"')),
  ),
  geometry: z.optional(outlineGeometry),
  label: text,
  description: text,
  sources: sourceIds,
  ...validity,
});

const regionSchema = z.object({
  id,
  names: z.array(nameSchema).check(z.minLength(1, 'must have a name')),
  kind: z.enum(['country', 'disputed-region']),
  /** Its colour on the map; unset, a disputed region is 'disputed' and a country 'neutral'. */
  role: z.optional(z.enum(REGION_ROLES)),
  status: text,
  summary: text,
  sources: sourceIds,
  outlines: z.array(outlineSchema).check(z.minLength(1, 'must have an outline')),
  defaultOutline: id,
  /** Where the region's name goes on the map, when the centre of its outline would crowd a pin's label. */
  labelAt: z.optional(z.tuple([longitude, latitude])),
  ...validity,
});

const placeSchema = z.object({
  id,
  names: z.array(nameSchema).check(z.minLength(1, 'must have a name')),
  kind: z.enum(PLACE_KINDS),
  country: text,
  coordinates: z.tuple([longitude, latitude]),
  summary: text,
  sources: sourceIds,
});

/** A relation's status from the day of a timeline entry on; before its first status a relation is active. */
const relationStatusSchema = z.object({
  status: z.enum(RELATION_STATUSES),
  /** The timeline entry that dates and sources the change. */
  since: id,
});

const relationSchema = z.object({
  id,
  type: z.enum(RELATION_TYPES),
  from: id,
  to: id,
  label: text,
  summary: text,
  sources: sourceIds,
  /** How the relation changed after the article, in date order; each change is a sourced timeline entry. */
  statuses: z._default(z.array(relationStatusSchema), []),
  ...validity,
});

/** The map elements a claim or fact is about. */
const elementsSchema = z.object({
  regions: z._default(idList, []),
  places: z._default(idList, []),
  relations: z._default(idList, []),
});

const checkSchema = z.object({
  verdict: z.enum(VERDICTS),
  text,
  sources: sourceIds,
});

const claimSchema = z.object({
  id,
  parts: z.array(z.string()).check(z.minLength(1, 'must cite at least one paragraph or caption')),
  text,
  quote: z.optional(text),
  /** An event stays true as history on every later date; a state held on the article's day and changes only through a
   * timeline entry that names it. Unset, a claim is a state: nothing is ever inferred, so an unnamed state still holds. */
  time: z._default(z.enum(CLAIM_TIMES), 'state'),
  elements: elementsSchema,
  checks: z.array(checkSchema),
});

const factSchema = z.object({
  id,
  text,
  date: z.optional(isoDate),
  about: elementsSchema,
  sources: sourceIds,
  ...validity,
});

/** What a timeline entry does to one of the article's state claims, in the story's own words. */
const claimChangeSchema = z.object({
  claim: id,
  effect: z.enum(CLAIM_EFFECTS),
  /** What changed, or why the claim no longer holds. */
  text,
});

/** An entry of "what happened next": milestones are also stops of the date control; events only appear in the timeline. */
const timelineEntrySchema = z.object({
  id,
  date: isoDate,
  /** How the date reads when the sources give less than a day, e.g. "February 2024". */
  dateText: z.optional(text),
  label: text,
  summary: text,
  kind: z.enum(['milestone', 'event']),
  sources: sourceIds,
  /** The state claims this entry changes or ends; its sources are theirs. */
  claims: z._default(z.array(claimChangeSchema), []),
});

/** A published area figure to set beside the computed ones (the article's own, an encyclopaedia's). */
const areaFigureSchema = z.object({
  id,
  region: id,
  label: text,
  value: z.number().check(z.positive('must be a positive number')),
  unit: z.enum(['km2', 'mi2']),
  what: text,
  kind: z.enum(['article', 'reference']),
  sources: sourceIds,
});

/** A name on the map for the reader's bearings (a neighbour, a sea), not a story element. */
const contextLabelSchema = z.object({
  name: text,
  at: position,
  kind: z.enum(CONTEXT_LABEL_KINDS),
});

/** The story's map: its home view, the names around it, and the titles of the page, the picture and the embed. */
const mapSchema = z.object({
  /** Names the map, its picture and its embed, e.g. "Interactive map of the … conflict". */
  title: z.optional(text),
  /** One sentence for the page's description (search results, link previews). */
  description: z.optional(text),
  /** The first view, [west, south, east, north] in degrees; unset, it frames the story's regions and places. */
  home: z.optional(z.tuple([longitude, latitude, longitude, latitude])),
  labels: z._default(z.array(contextLabelSchema), []),
});

export const storySchema = z.object({
  $schema: z.optional(z.string()),
  version: z.literal(STORY_FORMAT_VERSION),
  id,
  article: articleSchema,
  sources: z.array(sourceSchema),
  regions: z.array(regionSchema),
  places: z.array(placeSchema),
  relations: z.array(relationSchema),
  claims: z.array(claimSchema),
  facts: z.array(factSchema),
  areaFigures: z.array(areaFigureSchema),
  timeline: z._default(z.array(timelineEntrySchema), []),
  map: z._default(mapSchema, { labels: [] }),
});

export type Story = z.output<typeof storySchema>;
export type Source = z.output<typeof sourceSchema>;
export type Region = z.output<typeof regionSchema>;
export type Outline = z.output<typeof outlineSchema>;
export type Place = z.output<typeof placeSchema>;
export type Relation = z.output<typeof relationSchema>;
export type RelationType = (typeof RELATION_TYPES)[number];
export type Claim = z.output<typeof claimSchema>;
export type Check = z.output<typeof checkSchema>;
export type Fact = z.output<typeof factSchema>;
export type Elements = z.output<typeof elementsSchema>;
export type AreaFigure = z.output<typeof areaFigureSchema>;
export type Name = z.output<typeof nameSchema>;
export type RegionRole = (typeof REGION_ROLES)[number];
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
export type ClaimChange = z.output<typeof claimChangeSchema>;
export type RelationStatus = (typeof RELATION_STATUSES)[number];
