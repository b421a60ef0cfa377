import { describe, expect, test } from 'vitest';
import { appAddress, embedSnippet, fullMapUrl } from './shareLinks';

describe('links for sharing and embedding', () => {
  const embedded = 'https://maps.example/karabakh/index.html?embed=1&host=https%3A%2F%2Fnews.example#claim=area';

  test('the app address drops the embed parameters and the hash', () => {
    expect(appAddress(embedded)).toBe('https://maps.example/karabakh/index.html');
    expect(appAddress('https://maps.example/karabakh/?lang=en#region=armenia')).toBe(
      'https://maps.example/karabakh/?lang=en',
    );
  });

  test('the full map carries the current view', () => {
    const view = { selection: { kind: 'region', id: 'nagorno-karabakh' } as const, date: '2021-06-01', outline: null };
    expect(fullMapUrl(embedded, view)).toBe(
      'https://maps.example/karabakh/index.html#region=nagorno-karabakh&date=2021-06-01',
    );
    expect(fullMapUrl(embedded, { selection: null, date: null, outline: null })).toBe(
      'https://maps.example/karabakh/index.html',
    );
  });

  test('the snippet is one div for the view and the host script next to the app', () => {
    expect(
      embedSnippet('https://maps.example/karabakh/#place=gyumri', {
        selection: { kind: 'claim', id: 'area' },
        date: null,
        outline: null,
      }),
    ).toBe(
      '<div data-conflict-map="https://maps.example/karabakh/#claim=area"></div>\n<script src="https://maps.example/karabakh/embed.js" defer></script>',
    );
  });
});
