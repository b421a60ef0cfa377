import { describe, expect, test } from 'vitest';
import { parseOriginList, resolveStoryAddress } from './origins';

const page = 'https://map.example.org/app/index.html?story=x';

describe('story origins', () => {
  test('the deployment list keeps http(s) origins only', () => {
    expect(parseOriginList('https://a.example.org/path, http://b.example.net  javascript:alert(1) nonsense')).toEqual([
      'https://a.example.org',
      'http://b.example.net',
    ]);
    expect(parseOriginList(undefined)).toEqual([]);
  });
  test('a relative address resolves against the page', () => {
    expect(resolveStoryAddress('stories/karabakh-2023.json', page, [])).toEqual({
      ok: true,
      url: 'https://map.example.org/app/stories/karabakh-2023.json',
    });
  });
  test('another origin is refused unless allowed', () => {
    expect(resolveStoryAddress('https://evil.example.com/s.json', page, [])).toEqual({
      ok: false,
      message:
        'stories from https://evil.example.com are not allowed here; this site loads stories from https://map.example.org',
    });
    expect(resolveStoryAddress('https://evil.example.com/s.json', page, ['https://evil.example.com'])).toEqual({
      ok: true,
      url: 'https://evil.example.com/s.json',
    });
  });
  test('script and data addresses are refused', () => {
    expect(resolveStoryAddress('javascript:alert(1)', page, [])).toEqual({
      ok: false,
      message: '"javascript:alert(1)" is not an http(s) address',
    });
    expect(resolveStoryAddress('data:application/json,{}', page, [])).toEqual({
      ok: false,
      message: '"data:application/json,{}" is not an http(s) address',
    });
  });
});
