import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { homeBounds } from '../model/home';
import { loadShippedStory } from '../../story/fixtures/shippedStory';
import { loadShippedGeo } from '../../geometry/fixtures/shippedGeo';
import { worldPoint } from '../model/mercator';
import { FIT_MAX_ZOOM } from '../model/padding';

/** The shipped story's home view. */
const DEFAULT_BOUNDS = homeBounds(loadShippedStory(), loadShippedGeo());

describe('the static map stylesheet', () => {
  test('caps the picture at the story box’s size at the fit’s maximum zoom', () => {
    const css = readFileSync(join(import.meta.dirname, 'svgMap.css'), 'utf8');
    const [west, south, east, north] = DEFAULT_BOUNDS;
    const [x0, y0] = worldPoint([west, north]);
    const [x1, y1] = worldPoint([east, south]);
    const scale = 2 ** FIT_MAX_ZOOM;
    expect(css).toContain(`max-width: ${((x1 - x0) * scale).toFixed(2)}px`);
    expect(css).toContain(`max-height: ${((y1 - y0) * scale).toFixed(2)}px`);
  });
});
