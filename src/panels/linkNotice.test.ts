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
      'This link asks for no place called “atlantis” and no outline called “1066” in this story, so you are seeing the default view.',
    );
  });

  it('says which day the map shows instead of a date that is no day', () => {
    expect(linkNoticeText({ unknown: [], badDate: '2021-02-29' }, '2020-09-30')).toBe(
      'This link’s date “2021-02-29” is not a day written YYYY-MM-DD, so the map shows the article’s day, 30 September 2020.',
    );
  });

  it('puts both in one notice', () => {
    const text = linkNoticeText({ unknown: [{ kind: 'claim', id: 'x' }], badDate: 'yesterday' }, '2020-09-30');
    expect(text).toMatch(/^This link asks for no claim called “x”.*default view\. This link’s date “yesterday”/);
  });
});
