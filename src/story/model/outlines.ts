// How a story's outlines and regions map onto drawn features: one id per outline, one colour role per region.
import type { Outline, Region, RegionRole, Story } from './schema';

/** The three ways an outline gives its geometry; it must use exactly one. */
export const OUTLINE_SOURCES = ['feature', 'country', 'geometry'] as const;

export function outlineSourcesGiven(outline: Outline): (typeof OUTLINE_SOURCES)[number][] {
  return OUTLINE_SOURCES.filter((key) => outline[key] !== undefined);
}

/** The id of the feature that draws an outline: the built map data's own, or one made for the story's region. */
export function outlineFeatureId(region: Pick<Region, 'id'>, outline: Outline): string {
  return outline.feature ?? `${region.id}--${outline.id}`;
}

/** A region's colour role: its own, else the disputed colour for a disputed region and a neutral one for a country. */
export function roleOf(region: Pick<Region, 'role' | 'kind'>): RegionRole {
  return region.role ?? (region.kind === 'disputed-region' ? 'disputed' : 'neutral');
}

/** The countries (ISO 3166-1 numeric) the story's outlines are drawn from: the only ones the app fetches. */
export function countriesNamed(story: Pick<Story, 'regions'>): string[] {
  const codes = story.regions.flatMap((region) => region.outlines.flatMap((outline) => outline.country ?? []));
  return [...new Set(codes)];
}

/** Whether the story draws anything beyond the built map data: a country, or an outline of its own. */
export function drawsOwnGeometry(story: Pick<Story, 'regions'>): boolean {
  return story.regions.some((region) => region.outlines.some((outline) => outline.feature === undefined));
}
