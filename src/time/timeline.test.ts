import { describe, expect, it } from 'vitest';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import type { Claim } from '../story/model/schema';
import { dateStops, mapChangesOn, timelineOf, type MapChange } from './timeline';

const story = loadShippedStory();

function claim(id: string): Claim {
  const found = story.claims.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

const describeChange = (change: MapChange) =>
  `${change.id} ${change.what}${change.what === 'status' ? ` ${change.status}` : ''} since ${change.since} (${change.because?.id ?? 'no entry'})`;
const mapNow = (id: string, date: string) => mapChangesOn(story, claim(id).elements, date).map(describeChange);

describe('the timeline', () => {
  it('runs in date order from the article’s day, every entry sourced', () => {
    const entries = timelineOf(story);
    expect(entries[0]?.date).toBe(story.article.eventDate);
    expect(entries.map((entry) => entry.date)).toEqual(entries.map((entry) => entry.date).sort());
    for (const entry of entries) expect(entry.sources.length).toBeGreaterThan(0);
  });

  it('gives the date control the named milestones and today', () => {
    expect(dateStops(story, '2026-11-28').map((stop) => `${stop.date} ${stop.label}`)).toEqual([
      "2020-09-30 The article's day",
      '2020-11-10 Ceasefire',
      '2023-09-19 Offensive',
      '2024-01-01 Dissolution',
      '2025-11-30 Minsk Group closes',
      '2026-11-28 Today',
    ]);
  });

  it('leaves out milestones after today, and does not repeat a milestone that falls today', () => {
    expect(dateStops(story, '2023-01-01').map((stop) => stop.id)).toEqual(['article-day', 'ceasefire', 'today']);
    expect(
      dateStops(story, '2025-11-30')
        .map((stop) => stop.id)
        .at(-1),
    ).toBe('minsk-closure');
  });
});

// What the map draws otherwise than on the article's day, for a claim's elements: the card says so, the claim keeps its text.
describe('what the map shows instead, on a later day', () => {
  it('nothing differs on the article’s day or before the ceasefire', () => {
    for (const date of ['2020-09-30', '2020-11-09']) {
      for (const each of story.claims) expect(mapChangesOn(story, each.elements, date)).toEqual([]);
    }
  });

  it('the region: redrawn by the ceasefire, no area after the surrender, not drawn after the dissolution', () => {
    expect(mapNow('area', '2020-11-10')).toEqual(['nagorno-karabakh redrawn since 2020-11-10 (ceasefire)']);
    expect(mapNow('area', '2023-09-20')).toEqual(['nagorno-karabakh undrawn since 2023-09-20 (surrender)']);
    expect(mapNow('area', '2024-01-01')).toEqual(['nagorno-karabakh gone since 2024-01-01 (dissolution)']);
  });

  it('lines change status on the day of their timeline entry: frozen, then ended', () => {
    expect(mapNow('russia-armenia-alliance', '2024-02-21')).toEqual([]);
    expect(mapNow('russia-armenia-alliance', '2024-02-22')).toEqual([
      'moscow-yerevan-alliance status frozen since 2024-02-22 (csto-freeze)',
    ]);
    expect(mapNow('minsk-group', '2025-11-29')).toEqual([]);
    expect(mapNow('minsk-group', '2025-11-30')).toEqual(
      ['moscow', 'paris', 'washington'].map(
        (capital) => `${capital}-vienna-mediation status ended since 2025-11-30 (minsk-closure)`,
      ),
    );
    expect(mapNow('aliyev-vow', '2020-11-10')).toEqual([
      'nagorno-karabakh redrawn since 2020-11-10 (ceasefire)',
      'baku-stepanakert-conflict status frozen since 2020-11-10 (ceasefire)',
    ]);
    expect(mapNow('aliyev-vow', '2023-09-20')).toEqual([
      'nagorno-karabakh undrawn since 2023-09-20 (surrender)',
      'baku-stepanakert-conflict status ended since 2023-09-20 (surrender)',
    ]);
  });

  it('a line with an end date (format version 1) is no longer drawn, and the card says since when', () => {
    const dated = structuredClone(story);
    const alliance = dated.relations.find((relation) => relation.id === 'moscow-yerevan-alliance');
    if (!alliance) throw new Error('no alliance line');
    alliance.statuses = [];
    alliance.validTo = '2024-02-22';
    expect(mapChangesOn(dated, claim('russia-armenia-alliance').elements, '2024-03-01').map(describeChange)).toEqual([
      'moscow-yerevan-alliance gone since 2024-02-22 (csto-freeze)',
    ]);
  });
});
