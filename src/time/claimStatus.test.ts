import { describe, expect, it } from 'vitest';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import type { Claim, Story } from '../story/model/schema';
import { claimStatusOn } from './claimStatus';

const story = loadShippedStory();

function claimIn(source: Story, id: string): Claim {
  const found = source.claims.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

const statusLine = (id: string, date: string, source: Story = story) => {
  const status = claimStatusOn(source, claimIn(source, id), date);
  return status.state === 'holds' ? 'holds' : `${status.state} ${status.since.entry.date} (${status.since.entry.id})`;
};

describe('whether a claim holds on a date', () => {
  it('an event holds on every later date, however the map changes', () => {
    for (const claim of story.claims.filter((each) => each.time === 'event'))
      for (const date of ['2020-09-30', '2023-09-20', '2024-01-01', '2030-01-01'])
        expect(statusLine(claim.id, date)).toBe('holds');
  });

  it('a state changes on the day of the timeline entry that names it, not before', () => {
    expect(statusLine('russia-armenia-alliance', '2024-02-21')).toBe('holds');
    expect(statusLine('russia-armenia-alliance', '2024-02-22')).toBe('changed 2024-02-22 (csto-freeze)');
    expect(statusLine('minsk-group-members', '2025-11-29')).toBe('holds');
    expect(statusLine('minsk-group-members', '2025-11-30')).toBe('ended 2025-11-30 (minsk-closure)');
  });

  it('the latest change is the one shown, and every change by then is listed', () => {
    expect(statusLine('status', '2023-09-20')).toBe('changed 2023-09-20 (surrender)');
    const later = claimStatusOn(story, claimIn(story, 'status'), '2024-06-01');
    expect(later.changes.map(({ entry }) => entry.id)).toEqual(['surrender', 'exodus']);
  });

  it('nothing is inferred from the map: a state whose line ends with no entry naming it still holds', () => {
    const dated = structuredClone(story);
    const alliance = dated.relations.find((relation) => relation.id === 'moscow-yerevan-alliance');
    const freeze = dated.timeline.find((entry) => entry.id === 'csto-freeze');
    if (!alliance || !freeze) throw new Error('fixture needs the alliance and its freeze');
    alliance.statuses = [];
    alliance.validTo = '2024-02-22';
    freeze.claims = [];
    expect(statusLine('russia-armenia-alliance', '2030-01-01', dated)).toBe('holds');
  });

  it('an entry naming an event changes nothing (the checker refuses such a story)', () => {
    const odd = structuredClone(story);
    const freeze = odd.timeline.find((entry) => entry.id === 'csto-freeze');
    if (!freeze) throw new Error('no freeze entry');
    freeze.claims.push({ claim: 'talks-offer', effect: 'ended', text: 'x' });
    expect(statusLine('talks-offer', '2030-01-01', odd)).toBe('holds');
  });
});
