// Which outline of each region is drawn: the reader's choice where the region has it, else the story's default.
import type { Outline, Region, Story } from './schema';

export function chosenOutline(region: Region, choice: string | null): Outline | undefined {
  return (
    region.outlines.find((outline) => outline.id === choice) ??
    region.outlines.find((outline) => outline.id === region.defaultOutline) ??
    region.outlines[0]
  );
}

export function drawnFeatures(story: Story, choice: string | null): { countries: string[]; disputed: string[] } {
  const countries: string[] = [];
  const disputed: string[] = [];
  for (const region of story.regions) {
    const outline = chosenOutline(region, choice);
    if (outline) (region.kind === 'country' ? countries : disputed).push(outline.feature);
  }
  return { countries, disputed };
}
