import { describe, expect, test } from 'vitest';
import { loadShippedGeo } from '../geometry/fixtures/shippedGeo';
import { loadShippedStory } from '../story/fixtures/shippedStory';
import { staticShellHtml } from './staticShell';

const story = loadShippedStory();

describe('the build-time picture', () => {
  const html = staticShellHtml(story, loadShippedGeo());

  test('is plain markup the page policy allows: no inline styles, no scripts, no handlers', () => {
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style|<script|\son[a-z]+=/i);
  });

  test('holds the map picture with its pins and every claim of the article', () => {
    for (const place of story.places) expect(html).toContain(`data-svg-place="${place.id}"`);
    for (const claim of story.claims) expect(html).toContain(claim.text.replace(/&/g, '&amp;'));
    expect(html).toMatch(/<svg[^>]*role="img"/);
  });
});
