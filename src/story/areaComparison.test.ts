import { describe, expect, it } from 'vitest';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import { compareAreas } from './areaComparison';
import { loadShippedStory } from './fixtures/shippedStory';
import { outlineOn } from '../time/validity';

const story = loadShippedStory();

function regionById(id: string) {
  const region = story.regions.find((candidate) => candidate.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return region;
}

describe('compareAreas for Nagorno-Karabakh', () => {
  const { rows, baseline } = compareAreas(story, loadShippedGeo(), regionById('nagorno-karabakh'), 'pre-2020');
  const row = (key: string) => rows.find((candidate) => candidate.key === key);

  it('measures everything against the article’s 1,400 sq mi', () => {
    expect(baseline?.kind).toBe('article');
    expect(baseline?.km2).toBeCloseTo(3626, 0);
  });

  it('computes both outlines, raw and clipped, from the geometry and marks the drawn one', () => {
    expect(row('computed-pre-2020')?.km2).toBeCloseTo(11793, -1);
    expect(row('computed-pre-2020')?.drawnNow).toBe(true);
    expect(row('computed-pre-2020-unclipped')?.km2).toBeCloseTo(11950, -1);
    expect(row('computed-post-2020')?.km2).toBeCloseTo(3133, -1);
    expect(row('computed-post-2020')?.drawnNow).toBe(false);
  });

  it('gives the article’s figure as a difference from each, e.g. about 18 % below the Soviet-era oblast', () => {
    const oblast = rows.find((candidate) => candidate.kind === 'reference' && Math.round(candidate.km2) === 4400);
    expect(oblast?.differencePct).toBeCloseTo(((3626.0 - 4400) / 4400) * 100, 0);
    expect(row('computed-post-2020')?.differencePct).toBeCloseTo(((3626 - 3133) / 3133) * 100, 0);
    expect(baseline?.differencePct).toBeNull();
  });
});

describe('compareAreas for a country without an article figure', () => {
  it('measures the published figure against the area on the map', () => {
    const armenia = regionById('armenia');
    const { rows, baseline } = compareAreas(
      story,
      loadShippedGeo(),
      armenia,
      outlineOn(armenia, story.article.eventDate)?.id,
    );
    expect(baseline?.kind).toBe('computed');
    const official = rows.find((candidate) => candidate.kind === 'reference');
    expect(official?.km2).toBe(29743);
    // The map's 29,558 km² lies about 0.6 % below the official figure.
    expect(official?.differencePct).toBeCloseTo(-0.6, 1);
  });
});
