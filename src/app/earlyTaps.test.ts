// @vitest-environment jsdom
// A tap on a claim before the app takes over: answered at once, recorded in the URL the app opens; after, left alone.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseHash } from '../state/hash';
import { answerEarlyTaps, TAKEN_OVER_ATTRIBUTE } from './earlyTaps';

const claim = (id: string) => document.querySelector<HTMLButtonElement>(`[data-claim="${id}"]`);
const pressed = () =>
  [...document.querySelectorAll('[data-claim][aria-pressed="true"]')].map((node) => node.getAttribute('data-claim'));

let stop = () => {};
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  document.body.innerHTML = `<ol>
    <li><button type="button" data-claim="talks" aria-pressed="false"><span>Talks</span></button></li>
    <li><button type="button" data-claim="base" aria-pressed="false">Base</button></li>
  </ol><ul>
    <li><button type="button" data-index="region:nagorno-karabakh" aria-pressed="false">Nagorno-Karabakh</button></li>
  </ul><p id="elsewhere">Text</p>`;
  stop = answerEarlyTaps(document);
});
// The unit suite shares one document per worker (isolate: false): leave it as found, for the next file's tests.
afterEach(() => {
  stop();
  document.documentElement.removeAttribute(TAKEN_OVER_ATTRIBUTE);
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('before the app takes over', () => {
  test('a tap on a claim shows it chosen and puts it in the URL as the app’s links do', () => {
    claim('talks')?.querySelector('span')?.click();
    expect(pressed()).toEqual(['talks']);
    expect(parseHash(window.location.hash).selection).toEqual({ kind: 'claim', id: 'talks' });
    claim('base')?.click();
    expect(pressed()).toEqual(['base']);
    expect(parseHash(window.location.hash).selection).toEqual({ kind: 'claim', id: 'base' });
  });

  test('a second tap puts the claim down again and clears the URL', () => {
    claim('base')?.click();
    claim('base')?.click();
    expect(pressed()).toEqual([]);
    expect(window.location.hash).toBe('');
  });

  test('a tap on a row of the map’s index does the same, and lets a chosen claim go', () => {
    claim('talks')?.click();
    const region = document.querySelector<HTMLButtonElement>('[data-index="region:nagorno-karabakh"]');
    region?.click();
    expect(pressed()).toEqual([]);
    expect(region?.getAttribute('aria-pressed')).toBe('true');
    expect(parseHash(window.location.hash).selection).toEqual({ kind: 'region', id: 'nagorno-karabakh' });
  });

  test('a tap keeps the rest of the link: the day it asked for, and an older link’s outline', () => {
    window.history.replaceState(null, '', '/#date=2024-03-01');
    claim('talks')?.click();
    expect(parseHash(window.location.hash)).toEqual({
      selection: { kind: 'claim', id: 'talks' },
      date: '2024-03-01',
      outline: null,
    });
    claim('talks')?.click();
    expect(window.location.hash).toBe('#date=2024-03-01');
    window.history.replaceState(null, '', '/#claim=base&outline=post-2020');
    claim('talks')?.click();
    expect(parseHash(window.location.hash)).toEqual({
      selection: { kind: 'claim', id: 'talks' },
      date: null,
      outline: 'post-2020',
    });
  });

  test('a tap elsewhere changes nothing', () => {
    document.getElementById('elsewhere')?.click();
    expect(pressed()).toEqual([]);
    expect(window.location.hash).toBe('');
  });
});

test('once the app has taken over, taps are the app’s', () => {
  document.documentElement.setAttribute(TAKEN_OVER_ATTRIBUTE, '');
  claim('talks')?.click();
  expect(pressed()).toEqual([]);
  expect(window.location.hash).toBe('');
});
