// The names the map, the cards and the words all use for a story's regions and places.
import type { Region } from './schema';

/** A region's usual name, for labels, headings and links; its other names are listed on its card. */
export function regionName(region: Region): string {
  return region.names[0]?.name ?? region.id;
}

/** A place's name for labels: contested places show their first two names ("Name / Other name"); cards list all. */
export function displayName(item: { names: { name: string }[] }): string {
  return item.names
    .slice(0, 2)
    .map((entry) => entry.name)
    .join(' / ');
}
