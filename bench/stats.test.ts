import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('bench stats', () => {
  it('takes the middle value, or the mean of the middle two, leaving out missing values', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });

  it('takes the nearest-rank percentile', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(xs, 95)).toBe(19);
    expect(percentile(xs, 50)).toBe(10);
    expect(percentile(xs, 100)).toBe(20);
    expect(percentile([], 95)).toBeNull();
  });
});
