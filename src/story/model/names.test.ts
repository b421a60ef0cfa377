import { describe, expect, it } from 'vitest';
import { loadShippedStory } from '../fixtures/shippedStory';
import { displayName } from './names';

const story = loadShippedStory();

describe('names', () => {
  it('shows a contested place under both names', () => {
    const stepanakert = story.places.find((place) => place.id === 'stepanakert');
    if (!stepanakert) throw new Error('no stepanakert');
    expect(displayName(stepanakert)).toBe('Stepanakert / Khankendi');
  });
});
