import { describe, expect, test } from 'vitest';
import { DEFAULT_FRAME_HEIGHT, DEFAULT_TITLE, frameOptions, MAX_FRAME_HEIGHT, parseHeight } from './hostOptions';

const PAGE = 'https://news.example/2020/10/article.html';
const SCRIPT = 'https://maps.example/karabakh/embed.js';

describe('what embed.js reads from the div', () => {
  test('a height is a whole number of pixels, bounded; anything else is the default', () => {
    expect(parseHeight('600')).toBe(600);
    expect(parseHeight(' 320 ')).toBe(320);
    expect(parseHeight('10')).toBe(150);
    expect(parseHeight('999999')).toBe(MAX_FRAME_HEIGHT);
    for (const hostile of ['480px; position: fixed; inset: 0', '100vh', '-5', '1e9', '', 'calc(100% + 1px)'])
      expect(parseHeight(hostile)).toBe(DEFAULT_FRAME_HEIGHT);
    expect(parseHeight(undefined)).toBe(DEFAULT_FRAME_HEIGHT);
  });

  test('the map must be served from the site embed.js comes from', () => {
    const result = frameOptions({ map: 'https://maps.example/karabakh/#claim=area', scroll: false }, PAGE, SCRIPT);
    expect(result.ok && result.options.url.toString()).toBe('https://maps.example/karabakh/?embed=1#claim=area');
    expect(frameOptions({ map: 'https://evil.example/', scroll: false }, PAGE, SCRIPT)).toEqual({
      ok: false,
      reason: 'the map’s address (https://evil.example) is not the site embed.js comes from (https://maps.example).',
    });
  });

  test('only http(s) addresses are framed', () => {
    for (const map of ['javascript:alert(1)', 'data:text/html,<p>hi', 'file:///etc/passwd'])
      expect(frameOptions({ map, scroll: false }, PAGE, null).ok).toBe(false);
    expect(frameOptions({ map: 'http://[bad', scroll: false }, PAGE, null)).toEqual({
      ok: false,
      reason: '“http://[bad” is not a web address.',
    });
  });

  test('a relative address resolves against the page; a bundled copy (no script address) frames any http(s) site', () => {
    const result = frameOptions({ map: '../../maps/', scroll: true }, PAGE, null);
    expect(result.ok && result.options).toMatchObject({
      title: DEFAULT_TITLE,
      height: DEFAULT_FRAME_HEIGHT,
      scroll: true,
    });
    expect(result.ok && result.options.url.toString()).toBe('https://news.example/maps/?embed=1');
  });

  test('the title is text, shortened', () => {
    const result = frameOptions({ map: SCRIPT, title: `  ${'x'.repeat(500)}  `, scroll: false }, PAGE, SCRIPT);
    expect(result.ok && result.options.title.length).toBe(200);
  });
});
