import { describe, expect, it } from 'vitest';
import { previewStory } from './preview';
import { EMPTY_STORY } from './emptyStory';
import { readDocument } from './document';

const DRAWABLE = { features: new Set(['karabakh']), countries: new Set(['051', '031']) };
const TODAY = '2026-12-02';

describe('the draft as the map draws it', () => {
  it('draws a new, empty story', () => {
    const story = previewStory(readDocument(EMPTY_STORY), TODAY, DRAWABLE);
    expect(story.places).toEqual([]);
    expect(story.article.eventDate).toBe(TODAY);
  });

  it('keeps a place still being written, and leaves off one without coordinates and a line to nowhere', () => {
    const document = {
      ...(readDocument(EMPTY_STORY) as object),
      places: [
        {
          id: 'gyumri',
          names: [{ name: 'Gyumri' }],
          kind: 'military-base',
          country: '',
          coordinates: [43.8, 40.8],
          summary: '',
          sources: [],
        },
        { id: 'nowhere', names: [], kind: 'landmark', country: 'X', summary: 'S', sources: ['s'] },
      ],
      relations: [
        { id: 'r', type: 'diaspora', from: 'gyumri', to: 'nowhere', label: 'L', summary: 'S', sources: ['s'] },
      ],
      regions: [
        {
          id: 'am',
          names: [{ name: 'Armenia' }],
          kind: 'country',
          status: '',
          summary: '',
          sources: [],
          defaultOutline: 'x',
          outlines: [{ id: 'am-o', country: '051', label: 'L', description: 'D', sources: ['s'] }],
        },
        {
          id: 'zz',
          names: [{ name: 'Nowhere' }],
          kind: 'country',
          status: 'S',
          summary: 'S',
          sources: ['s'],
          defaultOutline: 'zz-o',
          outlines: [{ id: 'zz-o', country: '999', label: 'L', description: 'D', sources: ['s'] }],
        },
      ],
      claims: [
        {
          id: 'c',
          parts: ['¶1'],
          text: '',
          quote: 'q',
          elements: { places: ['gyumri', 'nowhere'], regions: ['zz'] },
          checks: [],
        },
      ],
    };
    const story = previewStory(document, TODAY, DRAWABLE);
    expect(story.places.map((place) => place.id)).toEqual(['gyumri']);
    expect(story.relations).toEqual([]);
    expect(story.regions.map((region) => [region.id, region.defaultOutline])).toEqual([['am', 'am-o']]);
    expect(story.claims[0]?.elements).toEqual({ regions: [], places: ['gyumri'], relations: [] });
  });

  it('draws something from text that is not a story at all', () => {
    expect(previewStory(null, TODAY, DRAWABLE).places).toEqual([]);
    expect(previewStory({ places: 'many' }, TODAY, DRAWABLE).places).toEqual([]);
  });
});
