import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash';

describe('parseHash', () => {
  it('reads each kind of selection', () => {
    expect(parseHash('#claim=area').selection).toEqual({ kind: 'claim', id: 'area' });
    expect(parseHash('#region=nagorno-karabakh').selection).toEqual({ kind: 'region', id: 'nagorno-karabakh' });
    expect(parseHash('#place=stepanakert').selection).toEqual({ kind: 'place', id: 'stepanakert' });
    expect(parseHash('#relation=moscow-gyumri-base').selection).toEqual({ kind: 'relation', id: 'moscow-gyumri-base' });
  });

  it('reads the date beside a selection, and an outline from older links', () => {
    expect(parseHash('#region=nagorno-karabakh&date=2021-06-01')).toEqual({
      selection: { kind: 'region', id: 'nagorno-karabakh' },
      date: '2021-06-01',
      outline: null,
    });
    expect(parseHash('#region=nagorno-karabakh&outline=post-2020').outline).toBe('post-2020');
  });

  it('passes a malformed date on for the store to judge', () => {
    expect(parseHash('#date=yesterday').date).toBe('yesterday');
  });

  it('gives the default view for an empty, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#banana=1', '#claim=', '#%E0%A4%A', '#outline=', '#date=']) {
      expect(parseHash(hash)).toEqual({ selection: null, date: null, outline: null });
    }
  });

  it('decodes percent-encoded ids', () => {
    expect(parseHash('#place=a%20b').selection).toEqual({ kind: 'place', id: 'a b' });
  });
});

describe('formatHash', () => {
  it('round-trips every kind with and without a date', () => {
    for (const hash of ['#claim=area', '#region=armenia&date=2020-11-10', '#date=2024-01-01', '#relation=x-y']) {
      expect(formatHash(parseHash(hash))).toBe(hash);
    }
  });

  it('is empty for the default view', () => {
    expect(formatHash({ selection: null, date: null })).toBe('');
  });
});
