import { describe, expect, test } from 'vitest';
import { homeBounds } from './home';
import { loadShippedStory } from '../../story/fixtures/shippedStory';
import { loadShippedGeo } from '../../geometry/fixtures/shippedGeo';
import { cameraPadding, FIT_MAX_ZOOM, NO_PADDING } from './padding';
import { fitBounds, project, TILE_SIZE, worldPoint } from './mercator';

/** The shipped story's home view. */
const DEFAULT_BOUNDS = homeBounds(loadShippedStory(), loadShippedGeo());

describe('worldPoint (Web Mercator, 512-px world at zoom 0)', () => {
  test('puts null island in the middle and the corners of the square world at its corners', () => {
    expect(worldPoint([0, 0])).toEqual([256, 256]);
    const [x0, y0] = worldPoint([-180, 85.051129]);
    const [x1, y1] = worldPoint([180, -85.051129]);
    expect(x0).toBeCloseTo(0, 6);
    expect(y0).toBeCloseTo(0, 3);
    expect(x1).toBeCloseTo(TILE_SIZE, 6);
    expect(y1).toBeCloseTo(TILE_SIZE, 3);
  });

  test('stretches latitudes as Mercator does: 45° N sits at ln(tan(67.5°)) of the half-world', () => {
    const [, y] = worldPoint([0, 45]);
    expect(y).toBeCloseTo(256 - (256 * Math.log(Math.tan((67.5 * Math.PI) / 180))) / Math.PI, 9);
  });
});

describe('fitBounds', () => {
  test('fits the whole world into one 512-px tile at zoom 0', () => {
    const frame = fitBounds([-180, -85.051129, 180, 85.051129], { width: 512, height: 512 }, NO_PADDING);
    expect(frame.zoom).toBeCloseTo(0, 4);
    expect(frame.centerX).toBeCloseTo(256, 6);
    expect(frame.centerY).toBeCloseTo(256, 3);
  });

  test('doubling the container adds one zoom level', () => {
    const small = fitBounds(DEFAULT_BOUNDS, { width: 400, height: 300 }, NO_PADDING);
    const large = fitBounds(DEFAULT_BOUNDS, { width: 800, height: 600 }, NO_PADDING);
    expect(large.zoom - small.zoom).toBeCloseTo(1, 9);
  });

  test('the limiting side of the box touches the padding; the other side is centred', () => {
    const size = { width: 860, height: 800 };
    const padding = cameraPadding(size, false);
    const frame = fitBounds(DEFAULT_BOUNDS, size, padding);
    const [west, south, east, north] = DEFAULT_BOUNDS;
    const [left, top] = project(frame, size, [west, north]);
    const [right, bottom] = project(frame, size, [east, south]);
    expect(left).toBeCloseTo(padding.left, 6);
    expect(right).toBeCloseTo(size.width - padding.right, 6);
    expect(top - padding.top).toBeCloseTo(size.height - padding.bottom - bottom, 6);
  });

  test('uneven padding shifts the box by half the difference', () => {
    const size = { width: 1000, height: 600 };
    const even = fitBounds(DEFAULT_BOUNDS, size, { top: 20, bottom: 20, left: 20, right: 20 });
    const uneven = fitBounds(DEFAULT_BOUNDS, size, { top: 20, bottom: 20, left: 20, right: 120 });
    const [x] = project(even, size, [47, 40]);
    const [shiftedX] = project(uneven, { ...size, width: size.width }, [47, 40]);
    expect(uneven.zoom).toBeLessThan(even.zoom);
    // The box centre moves 50 px to the left of the container's centre.
    const [centre] = project(uneven, size, [(DEFAULT_BOUNDS[0] + DEFAULT_BOUNDS[2]) / 2, 40]);
    expect(centre).toBeCloseTo(size.width / 2 - 50, 0);
    expect(shiftedX).not.toBeCloseTo(x, 0);
  });

  test('never zooms past the maximum', () => {
    expect(fitBounds(DEFAULT_BOUNDS, { width: 4000, height: 3000 }, NO_PADDING, FIT_MAX_ZOOM).zoom).toBe(FIT_MAX_ZOOM);
  });
});
