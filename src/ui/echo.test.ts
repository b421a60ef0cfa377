import { describe, expect, test } from 'vitest';
import { echoed, excerpt } from './echo';

describe('text quoted back from a link or a file', () => {
  test('is shortened, on one line', () => {
    expect(excerpt('a'.repeat(1_000_000))).toHaveLength(48);
    expect(excerpt('two\nlines\tand\u0000more')).toBe('two lines and more');
  });

  test('cannot reorder the sentence around it', () => {
    const text = echoed('abc\u202Eevil\u2066');
    expect(text).toBe('“\u2068abc evil\u2069”');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066\u2067]/);
  });
});
