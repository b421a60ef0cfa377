// The checker's rules for truth over time: a claim or a line changes only through a sourced timeline entry, after the
// article's day; an event never changes; nothing changes once it has ended. One good and one bad fixture per rule.
import { describe, expect, test } from 'vitest';
import { loadShippedStory } from '../fixtures/shippedStory';
import { problemsOf, storyText, withId } from '../fixtures/editedStory';
import type { Story } from '../model/schema';
import { validateStoryText } from './validateStory';

const check = (edit: (story: Story) => unknown) => problemsOf(validateStoryText(storyText(edit)));

const shipped = loadShippedStory();
const entryIndex = (id: string) => shipped.timeline.findIndex((entry) => entry.id === id);
const relationIndex = (id: string) => shipped.relations.findIndex((relation) => relation.id === id);
const FREEZE = entryIndex('csto-freeze');
const ALLIANCE = relationIndex('moscow-yerevan-alliance');
const FIGHTING = relationIndex('baku-stepanakert-conflict');

describe('good input', () => {
  test('the shipped story passes: five entries change claims, and six statuses change lines', () => {
    expect(check(() => undefined)).toEqual([]);
    expect(shipped.timeline.filter((entry) => entry.claims.length > 0).map((entry) => entry.id)).toEqual([
      'allied-declaration',
      'surrender',
      'exodus',
      'csto-freeze',
      'minsk-closure',
    ]);
    expect(shipped.relations.flatMap((relation) => relation.statuses).length).toBe(6);
  });
  test('a claim with no "time" is a state, and a timeline entry may change it', () => {
    expect(
      check((story) => {
        Reflect.deleteProperty(withId(story.claims, 'russian-base'), 'time');
        withId(story.timeline, 'csto-freeze').claims.push({ claim: 'russian-base', effect: 'changed', text: 'x' });
      }),
    ).toEqual([]);
  });
  test('a state may change more than once, and then end', () => {
    expect(
      check((story) =>
        withId(story.timeline, 'minsk-closure').claims.push({ claim: 'status', effect: 'ended', text: 'x' }),
      ),
    ).toEqual([]);
  });
});

describe('a timeline entry that changes a claim', () => {
  test('names a claim the story has', () => {
    expect(
      check((story) =>
        withId(story.timeline, 'csto-freeze').claims.push({ claim: 'no-such-claim', effect: 'ended', text: 'x' }),
      ),
    ).toEqual([{ path: `timeline.${FREEZE}.claims.1.claim`, message: 'no claim with id "no-such-claim"' }]);
  });
  test('cannot change an event, which stays true as history', () => {
    expect(
      check((story) =>
        withId(story.timeline, 'csto-freeze').claims.push({ claim: 'aliyev-vow', effect: 'ended', text: 'x' }),
      ),
    ).toEqual([
      {
        path: `timeline.${FREEZE}.claims.1.claim`,
        message:
          'the claim "aliyev-vow" is an event: it stays true as history and cannot change (make it "time": "state" if it held on the article\'s day and can change)',
      },
    ]);
  });
  test('is sourced: an entry with no source is refused', () => {
    expect(check((story) => (withId(story.timeline, 'csto-freeze').sources = []))).toEqual([
      { path: `timeline.${FREEZE}.sources`, message: 'must name at least one source' },
    ]);
  });
  test('is sourced: an entry citing a source the story lacks is refused', () => {
    expect(check((story) => (withId(story.timeline, 'csto-freeze').sources = ['hearsay']))).toEqual([
      { path: `timeline.${FREEZE}.sources.0`, message: 'no source with id "hearsay"' },
    ]);
  });
  test('comes after the article’s day', () => {
    expect(check((story) => (withId(story.timeline, 'csto-freeze').date = '2020-09-30'))).toEqual([
      {
        path: `timeline.${FREEZE}.claims.0.claim`,
        message: `the timeline entry "csto-freeze" is dated 2020-09-30; a change must come after the article's day, 2020-09-30`,
      },
      {
        path: `relations.${ALLIANCE}.statuses.0.since`,
        message: `the timeline entry "csto-freeze" is dated 2020-09-30; a change must come after the article's day, 2020-09-30`,
      },
    ]);
  });
  test('cannot change a claim that already stopped holding', () => {
    // Ended on the dissolution's day, the Minsk Group claim cannot end again with the Minsk closure.
    expect(
      check((story) =>
        withId(story.timeline, 'dissolution').claims.push({ claim: 'minsk-group-members', effect: 'ended', text: 'x' }),
      ),
    ).toEqual([
      {
        path: `timeline.${entryIndex('minsk-closure')}.claims.0.claim`,
        message: 'the claim "minsk-group-members" already stopped holding on 2024-01-01; it cannot change after that',
      },
    ]);
  });
  test('names its change with a known effect', () => {
    expect(check((story) => Reflect.set(itemAtClaims(story), 'effect', 'improved'))).toEqual([
      { path: `timeline.${FREEZE}.claims.0.effect`, message: 'must be "changed" or "ended"' },
    ]);
  });
});

function itemAtClaims(story: Story): object {
  const [change] = withId(story.timeline, 'csto-freeze').claims;
  if (!change) throw new Error('the freeze entry names no claim');
  return change;
}

describe('a line that changes status', () => {
  test('does so through a timeline entry the story has', () => {
    expect(
      check(
        (story) =>
          (withId(story.relations, 'moscow-yerevan-alliance').statuses = [{ status: 'frozen', since: 'rumour' }]),
      ),
    ).toEqual([
      {
        path: `relations.${ALLIANCE}.statuses.0.since`,
        message: 'no timeline entry with id "rumour": a change of status needs a sourced entry in the timeline',
      },
    ]);
  });
  test('lists its statuses in date order', () => {
    expect(
      check(
        (story) =>
          (withId(story.relations, 'baku-stepanakert-conflict').statuses = [
            { status: 'ended', since: 'surrender' },
            { status: 'frozen', since: 'ceasefire' },
          ]),
      ),
    ).toEqual([
      {
        path: `relations.${FIGHTING}.statuses.1.since`,
        message:
          'statuses run in date order: "ceasefire" (2020-11-10) must come after the status before it (2023-09-20)',
      },
    ]);
  });
  test('does not change after it ended', () => {
    expect(
      check(
        (story) =>
          (withId(story.relations, 'baku-stepanakert-conflict').statuses = [
            { status: 'ended', since: 'ceasefire' },
            { status: 'active', since: 'surrender' },
          ]),
      ),
    ).toEqual([{ path: `relations.${FIGHTING}.statuses.1.status`, message: 'the line already ended on 2020-11-10' }]);
  });
  test('names a status the map can draw', () => {
    expect(
      check((story) =>
        Reflect.set(withId(story.relations, 'moscow-yerevan-alliance'), 'statuses', [
          { status: 'gone', since: 'csto-freeze' },
        ]),
      ),
    ).toEqual([
      { path: `relations.${ALLIANCE}.statuses.0.status`, message: 'must be "active" or "frozen" or "ended"' },
    ]);
  });
});
