import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './hash';

describe('parseHash', () => {
  it('reads each kind of selection', () => {
    expect(parseHash('#claim=area').selection).toEqual({ kind: 'claim', id: 'area' });
    expect(parseHash('#region=nagorno-karabakh').selection).toEqual({ kind: 'region', id: 'nagorno-karabakh' });
    expect(parseHash('#place=stepanakert').selection).toEqual({ kind: 'place', id: 'stepanakert' });
    expect(parseHash('#relation=moscow-gyumri-base').selection).toEqual({ kind: 'relation', id: 'moscow-gyumri-base' });
  });

  it('reads the outline beside a selection', () => {
    expect(parseHash('#region=nagorno-karabakh&outline=post-2020')).toEqual({
      selection: { kind: 'region', id: 'nagorno-karabakh' },
      outline: 'post-2020',
    });
  });

  it('gives the default view for an empty, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#banana=1', '#claim=', '#%E0%A4%A', '#outline=']) {
      expect(parseHash(hash)).toEqual({ selection: null, outline: null });
    }
  });

  it('decodes percent-encoded ids', () => {
    expect(parseHash('#place=a%20b').selection).toEqual({ kind: 'place', id: 'a b' });
  });
});

describe('formatHash', () => {
  it('round-trips every kind with and without an outline', () => {
    for (const hash of ['#claim=area', '#region=armenia&outline=post-2020', '#outline=post-2020', '#relation=x-y']) {
      expect(formatHash(parseHash(hash))).toBe(hash);
    }
  });

  it('is empty for the default view', () => {
    expect(formatHash({ selection: null, outline: null })).toBe('');
  });
});
