// A new story as the editor starts it: every list empty, the article's details still to write (the checker says so
// beside each field). Pure.
import { storyText } from './document';

export const EMPTY_STORY = storyText({
  version: 1,
  id: 'new-story',
  article: { title: '', outlet: '', author: '', published: '', eventDate: '', sections: [], parts: [] },
  sources: [],
  regions: [],
  places: [],
  relations: [],
  claims: [],
  facts: [],
  areaFigures: [],
  timeline: [],
});
