import { describe, expect, it } from 'vitest';
import { areaKm2 } from '../geometry/area';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import { regionFeature } from '../geometry/geoData';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import type { Region } from '../story/model/schema';
import { addDays, daysBetween, isIsoDate } from './dates';
import { dayOfOutline, isValidOn, outlineOn, storyOn } from './validity';

const story = loadShippedStory();

function karabakh(): Region {
  const region = story.regions.find((candidate) => candidate.id === 'nagorno-karabakh');
  if (!region) throw new Error('no nagorno-karabakh');
  return region;
}

const ALL_LINES = story.relations.map((relation) => relation.id);
const MINSK_LINES = ['moscow-vienna-mediation', 'paris-vienna-mediation', 'washington-vienna-mediation'];

/** The lines not drawn as active that day, by status: written out by hand from the story's sourced timeline. */
type Statuses = Record<string, 'frozen' | 'ended'>;
const minskEnded: Statuses = Object.fromEntries(MINSK_LINES.map((id) => [id, 'ended']));

describe('dates', () => {
  it('accepts real calendar days only', () => {
    for (const good of ['2020-09-30', '2024-02-29', '2000-02-29']) expect(isIsoDate(good)).toBe(true);
    for (const bad of ['2021-02-29', '1900-02-29', '2020-13-01', '2020-9-30', '30/09/2020', '', '2020-09-30T00:00'])
      expect(isIsoDate(bad)).toBe(false);
  });

  it('counts and adds days across months and leap years', () => {
    expect(daysBetween('2020-09-30', '2020-11-10')).toBe(41);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2020-09-30', daysBetween('2020-09-30', '2025-11-30'))).toBe('2025-11-30');
  });

  it('holds from validFrom (inclusive) until validTo (the first day it no longer holds); open ends hold for ever', () => {
    const span = { validFrom: '2020-11-10', validTo: '2023-09-20' };
    expect([
      isValidOn(span, '2020-11-09'),
      isValidOn(span, '2020-11-10'),
      isValidOn(span, '2023-09-19'),
      isValidOn(span, '2023-09-20'),
    ]).toEqual([false, true, true, false]);
    expect(isValidOn({}, '1066-10-14')).toBe(true);
    expect(isValidOn({ validTo: '2024-01-01' }, '1066-10-14')).toBe(true);
  });
});

// Each milestone: the day before, the day itself and the day after; `outline` is the region's outline the map draws, and
// every line is drawn on every day, with the statuses listed (the others active).
const MILESTONE_DAYS: { date: string; outline: string | null; region: boolean; statuses: Statuses }[] = [
  { date: '2020-09-29', outline: 'pre-2020', region: true, statuses: {} },
  { date: '2020-09-30', outline: 'pre-2020', region: true, statuses: {} },
  { date: '2020-10-01', outline: 'pre-2020', region: true, statuses: {} },
  { date: '2020-11-09', outline: 'pre-2020', region: true, statuses: {} },
  // The ceasefire freezes the fighting.
  { date: '2020-11-10', outline: 'post-2020', region: true, statuses: { 'baku-stepanakert-conflict': 'frozen' } },
  { date: '2020-11-11', outline: 'post-2020', region: true, statuses: { 'baku-stepanakert-conflict': 'frozen' } },
  { date: '2023-09-18', outline: 'post-2020', region: true, statuses: { 'baku-stepanakert-conflict': 'frozen' } },
  // The offensive began on the 19th; the authorities surrendered on the 20th, which ended the fighting.
  { date: '2023-09-19', outline: 'post-2020', region: true, statuses: { 'baku-stepanakert-conflict': 'frozen' } },
  { date: '2023-09-20', outline: null, region: true, statuses: { 'baku-stepanakert-conflict': 'ended' } },
  { date: '2023-12-31', outline: null, region: true, statuses: { 'baku-stepanakert-conflict': 'ended' } },
  { date: '2024-01-01', outline: null, region: false, statuses: { 'baku-stepanakert-conflict': 'ended' } },
  { date: '2024-02-21', outline: null, region: false, statuses: { 'baku-stepanakert-conflict': 'ended' } },
  // Armenia froze its part in the CSTO: the alliance line is drawn frozen, not removed.
  {
    date: '2024-02-22',
    outline: null,
    region: false,
    statuses: { 'baku-stepanakert-conflict': 'ended', 'moscow-yerevan-alliance': 'frozen' },
  },
  {
    date: '2025-11-29',
    outline: null,
    region: false,
    statuses: { 'baku-stepanakert-conflict': 'ended', 'moscow-yerevan-alliance': 'frozen' },
  },
  {
    date: '2025-11-30',
    outline: null,
    region: false,
    statuses: { 'baku-stepanakert-conflict': 'ended', 'moscow-yerevan-alliance': 'frozen', ...minskEnded },
  },
  {
    date: '2026-11-28',
    outline: null,
    region: false,
    statuses: { 'baku-stepanakert-conflict': 'ended', 'moscow-yerevan-alliance': 'frozen', ...minskEnded },
  },
];

describe('the story on a date', () => {
  it.each(MILESTONE_DAYS)(
    'on $date: Nagorno-Karabakh drawn as $outline, every line drawn, with its status that day',
    ({ date, outline, region, statuses }) => {
      const shown = storyOn(story, date);
      expect(outlineOn(karabakh(), date)?.id ?? null).toBe(outline);
      expect(shown.regions.map((candidate) => candidate.id)).toEqual(
        region ? ['armenia', 'azerbaijan', 'nagorno-karabakh'] : ['armenia', 'azerbaijan'],
      );
      expect(shown.countries).toEqual(['armenia', 'azerbaijan']);
      expect(shown.disputed).toEqual(outline === null ? [] : [`nagorno-karabakh-${outline}`]);
      expect(shown.relations.map((relation) => relation.id)).toEqual(ALL_LINES);
      const notActive = Object.fromEntries(Object.entries(shown.statuses).filter(([, status]) => status !== 'active'));
      expect(notActive).toEqual(statuses);
    },
  );

  it('keeps the facts that hold on the day', () => {
    const dated = structuredClone(story);
    const [first] = dated.facts;
    if (!first) throw new Error('the story has no facts');
    first.validTo = '2020-11-10';
    expect(storyOn(dated, '2020-11-09').facts).toContainEqual(first);
    expect(storyOn(dated, '2020-11-10').facts).not.toContainEqual(first);
    expect(storyOn(dated, '2020-11-10').facts.length).toBe(story.facts.length - 1);
  });

  it('moves a reader who picks an outline to a day on which it is drawn', () => {
    const [before, after] = karabakh().outlines;
    if (!before || !after) throw new Error('two outlines expected');
    expect(dayOfOutline(before, story.article.eventDate)).toBe('2020-09-30');
    expect(dayOfOutline(after, story.article.eventDate)).toBe('2020-11-10');
  });
});

describe('the area of Nagorno-Karabakh, computed from the outline drawn on a date', () => {
  const geo = loadShippedGeo();
  const drawnFeature = (date: string) => {
    const outline = outlineOn(karabakh(), date);
    const feature = outline?.feature ? regionFeature(geo, outline.feature) : undefined;
    if (!feature) throw new Error(`no outline drawn on ${date}`);
    return feature;
  };
  const within = (value: number, expected: number, share: number) => Math.abs(value - expected) / expected <= share;

  // Natural Earth publishes its pre-war outline at ≈ 11,950 km²; the map draws it clipped to Azerbaijan (it spills into
  // Armenia at 1:50m), so the figure on the map is ≈ 1.3 % less. Both are computed here.
  it('2020-09-30: Natural Earth’s pre-war outline computes to ≈ 11,950 km² as published, and a little less as drawn (clipped to Azerbaijan)', () => {
    const drawn = drawnFeature('2020-09-30');
    const published = drawn.properties.unclipped ? regionFeature(geo, drawn.properties.unclipped) : undefined;
    if (!published) throw new Error('the drawn pre-war outline names no unclipped original');
    expect(within(areaKm2(published), 11_950, 0.005)).toBe(true);
    expect(areaKm2(drawn)).toBeLessThan(areaKm2(published));
    expect(within(areaKm2(drawn), 11_950, 0.02)).toBe(true);
  });

  it('2021-06-01: the post-ceasefire outline computes to ≈ 3,130 km²', () => {
    expect(within(areaKm2(drawnFeature('2021-06-01')), 3_130, 0.005)).toBe(true);
  });
});
