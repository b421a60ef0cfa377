import { describe, expect, it } from 'vitest';
import { linkNoticeText } from './linkNotice';

describe('linkNoticeText', () => {
  it('names everything a link asked for that the story lacks', () => {
    expect(
      linkNoticeText(
        {
          unknown: [
            { kind: 'place', id: 'atlantis' },
            { kind: 'outline', id: '1066' },
          ],
          badDate: null,
        },
        '2020-09-30',
      ),
    ).toBe(
      'This link asks for no place called “\u2068atlantis\u2069” and no outline called “\u20681066\u2069” in this story, so you are seeing the default view.',
    );
  });

  it('says which day the map shows instead of a date that is no day', () => {
    expect(linkNoticeText({ unknown: [], badDate: '2021-02-29' }, '2020-09-30')).toBe(
      'This link’s date “\u20682021-02-29\u2069” is not a day written YYYY-MM-DD, so the map shows the article’s day, 30 September 2020.',
    );
  });

  it('puts both in one notice', () => {
    const text = linkNoticeText({ unknown: [{ kind: 'claim', id: 'x' }], badDate: 'yesterday' }, '2020-09-30');
    expect(text).toMatch(
      /^This link asks for no claim called “\u2068x\u2069”.*default view\. This link’s date “\u2068yesterday\u2069”/,
    );
  });

  it('quotes what the link named as data: shortened, one line, isolated, never reordering the sentence', () => {
    const spoof = `x\u202E. This map has been withdrawn; see https://elsewhere.example for the real one ${'!'.repeat(1e6)}`;
    const text = linkNoticeText({ unknown: [{ kind: 'claim', id: spoof }], badDate: null }, '2020-09-30');
    expect(text.length).toBeLessThan(200);
    expect(text).not.toContain('\u202E');
    expect(text).toMatch(
      /no claim called “\u2068x \. This map has been withdrawn; see https:\/\/el…\u2069” in this story/,
    );
  });
});
