import { describe, expect, it } from 'vitest';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import type { Claim } from '../story/model/schema';
import { changesOn, dateStops, timelineOf } from './timeline';

const story = loadShippedStory();

function claim(id: string): Claim {
  const found = story.claims.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

const changes = (id: string, date: string) =>
  changesOn(story, claim(id).elements, date).map(
    (change) => `${change.id} ${change.what} (${change.because?.id ?? 'no reason'})`,
  );

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

describe('claims that held on the article’s day but not on a later one', () => {
  it('nothing changes on the article’s day or before the ceasefire', () => {
    for (const date of ['2020-09-30', '2020-11-09']) {
      for (const each of story.claims) expect(changesOn(story, each.elements, date)).toEqual([]);
    }
  });

  it('the area claim: redrawn by the ceasefire, no area held after the offensive, gone with the dissolution', () => {
    expect(changes('area', '2020-11-10')).toEqual(['nagorno-karabakh redrawn (ceasefire)']);
    expect(changes('area', '2023-09-20')).toEqual(['nagorno-karabakh undrawn (offensive)']);
    expect(changes('area', '2024-01-01')).toEqual(['nagorno-karabakh ended (dissolution)']);
  });

  it('the alliance line ends with Armenia’s CSTO freeze, the mediation lines with the Minsk Group’s closure', () => {
    expect(changes('russia-armenia-alliance', '2024-02-28')).toEqual([]);
    expect(changes('russia-armenia-alliance', '2024-02-29')).toEqual(['moscow-yerevan-alliance ended (csto-freeze)']);
    expect(changes('minsk-group', '2025-11-29')).toEqual([]);
    expect(changes('minsk-group', '2025-11-30')).toEqual([
      'moscow-vienna-mediation ended (minsk-closure)',
      'paris-vienna-mediation ended (minsk-closure)',
      'washington-vienna-mediation ended (minsk-closure)',
    ]);
  });

  it('the fighting line ends with the 2023 surrender', () => {
    expect(changes('aliyev-vow', '2023-09-19')).toEqual(['nagorno-karabakh redrawn (ceasefire)']);
    expect(changes('aliyev-vow', '2023-09-20')).toEqual([
      'nagorno-karabakh undrawn (offensive)',
      'baku-stepanakert-conflict ended (offensive)',
    ]);
  });
});
