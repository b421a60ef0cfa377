import { describe, expect, test } from 'vitest';
import { focusMessage, hostOriginFrom, isFromHost, parseHostCommand, parseMapMessage } from './protocol';

describe('commands from the host page', () => {
  test.each([
    [
      { type: 'conflict-map:focus', version: 1, claim: 'C4' },
      { kind: 'claim', id: 'C4' },
    ],
    [
      { type: 'conflict-map:focus', version: 1, region: 'nagorno-karabakh' },
      { kind: 'region', id: 'nagorno-karabakh' },
    ],
    [
      { type: 'conflict-map:focus', version: 1, place: 'stepanakert' },
      { kind: 'place', id: 'stepanakert' },
    ],
    [
      { type: 'conflict-map:focus', version: 1, relation: 'r1' },
      { kind: 'relation', id: 'r1' },
    ],
  ])('a focus names one element: %j', (data, selection) => {
    expect(parseHostCommand(data)).toEqual({ type: 'conflict-map:focus', version: 1, selection });
  });

  test('what the host script sends is what the map accepts', () => {
    expect(parseHostCommand(focusMessage('place', 'gyumri'))).toEqual({
      type: 'conflict-map:focus',
      version: 1,
      selection: { kind: 'place', id: 'gyumri' },
    });
  });

  test('clear', () => {
    expect(parseHostCommand({ type: 'conflict-map:clear', version: 1 })).toEqual({
      type: 'conflict-map:clear',
      version: 1,
    });
  });

  test.each([
    ['null', null],
    ['a string', 'conflict-map:clear'],
    ['an array', [{ type: 'conflict-map:clear', version: 1 }]],
    ['no version', { type: 'conflict-map:clear' }],
    ['a future version', { type: 'conflict-map:focus', version: 2, claim: 'C4' }],
    ['version as text', { type: 'conflict-map:clear', version: '1' }],
    ['an unknown type', { type: 'conflict-map:zoom', version: 1, claim: 'C4' }],
    ['a map message sent back', { type: 'conflict-map:ready', version: 1 }],
    ['no element', { type: 'conflict-map:focus', version: 1 }],
    ['two elements', { type: 'conflict-map:focus', version: 1, claim: 'C4', region: 'armenia' }],
    ['an empty id', { type: 'conflict-map:focus', version: 1, claim: '' }],
    ['a numeric id', { type: 'conflict-map:focus', version: 1, claim: 4 }],
    ['a huge id', { type: 'conflict-map:focus', version: 1, claim: 'x'.repeat(500) }],
  ])('ignores %s', (_, data) => {
    expect(parseHostCommand(data)).toBeNull();
  });
});

describe('messages from the map', () => {
  test('ready, select (with and without a selection) and resize', () => {
    expect(parseMapMessage({ type: 'conflict-map:ready', version: 1 })).toEqual({
      type: 'conflict-map:ready',
      version: 1,
    });
    expect(parseMapMessage({ type: 'conflict-map:select', version: 1, kind: 'claim', id: 'C4' })).toEqual({
      type: 'conflict-map:select',
      version: 1,
      kind: 'claim',
      id: 'C4',
    });
    expect(parseMapMessage({ type: 'conflict-map:select', version: 1, kind: null, id: null })).toEqual({
      type: 'conflict-map:select',
      version: 1,
      kind: null,
      id: null,
    });
    expect(parseMapMessage({ type: 'conflict-map:resize', version: 1, height: 612 })).toEqual({
      type: 'conflict-map:resize',
      version: 1,
      height: 612,
    });
    expect(parseMapMessage({ type: 'conflict-map:failed', version: 1, reason: 'its files were refused.' })).toEqual({
      type: 'conflict-map:failed',
      version: 1,
      reason: 'its files were refused.',
    });
  });

  test.each([
    ['an unknown kind', { type: 'conflict-map:select', version: 1, kind: 'country', id: 'x' }],
    ['a kind without id', { type: 'conflict-map:select', version: 1, kind: 'claim', id: null }],
    ['a negative height', { type: 'conflict-map:resize', version: 1, height: -1 }],
    ['an infinite height', { type: 'conflict-map:resize', version: 1, height: Infinity }],
    ['a height as text', { type: 'conflict-map:resize', version: 1, height: '600px' }],
    ['an absurd height', { type: 'conflict-map:resize', version: 1, height: 1e9 }],
    ['a host command', { type: 'conflict-map:clear', version: 1 }],
    ['version 0', { type: 'conflict-map:ready', version: 0 }],
    ['a failure without a reason', { type: 'conflict-map:failed', version: 1 }],
    ['a failure with an essay', { type: 'conflict-map:failed', version: 1, reason: 'x'.repeat(401) }],
  ])('ignores %s', (_, data) => {
    expect(parseMapMessage(data)).toBeNull();
  });
});

describe('?host=ORIGIN', () => {
  test('absent: any parent origin', () => {
    expect(hostOriginFrom('?embed=1')).toEqual({ ok: true, origin: null });
  });
  test('an origin, with or without a trailing slash', () => {
    expect(hostOriginFrom('?embed=1&host=https%3A%2F%2Fnews.example')).toEqual({
      ok: true,
      origin: 'https://news.example',
    });
    expect(hostOriginFrom('?host=http://127.0.0.1:8080/')).toEqual({ ok: true, origin: 'http://127.0.0.1:8080' });
  });
  test.each(['news.example', 'https://news.example/article', 'javascript:alert(1)', '*', ''])(
    'fails closed for %j',
    (value) => {
      expect(hostOriginFrom(`?host=${encodeURIComponent(value)}`).ok).toBe(false);
    },
  );
});

describe('who may command the map', () => {
  const parent = {};
  test('the parent window, from the host origin when one is set', () => {
    expect(isFromHost({ source: parent, origin: 'https://news.example' }, parent, null)).toBe(true);
    expect(isFromHost({ source: parent, origin: 'https://news.example' }, parent, 'https://news.example')).toBe(true);
  });
  test('not another frame, nor the parent at another origin', () => {
    expect(isFromHost({ source: {}, origin: 'https://news.example' }, parent, null)).toBe(false);
    expect(isFromHost({ source: parent, origin: 'https://evil.example' }, parent, 'https://news.example')).toBe(false);
  });
});
