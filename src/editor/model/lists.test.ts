import { describe, expect, it } from 'vitest';
import { freshId, storyLists } from './lists';

describe('what a draft has, for the pickers', () => {
  it('lists items by id with a readable name, skipping items without an id', () => {
    const lists = storyLists({
      places: [{ id: 'gyumri', names: [{ name: 'Gyumri' }] }, { names: [] }, { id: 'x', names: [] }],
      article: { parts: [{ id: '¶1' }] },
    });
    expect(lists.places).toEqual([
      { id: 'gyumri', label: 'Gyumri' },
      { id: 'x', label: 'x' },
    ]);
    expect(lists.parts).toEqual([{ id: '¶1', label: '¶1' }]);
    expect(lists.sources).toEqual([]);
  });

  it('makes ids from names that the format accepts, and numbers taken ones', () => {
    expect(freshId('Stepanakert / Khankendi', [])).toBe('stepanakert-khankendi');
    expect(freshId('Çanakkale', ['canakkale', 'canakkale-2'])).toBe('canakkale-3');
    expect(freshId('…', [])).toBe('item');
  });
});
