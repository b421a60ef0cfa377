import { describe, expect, it } from 'vitest';
import { articleParts, paragraphsOf } from './article';
import { copiedRun, quoteTooLong, wordsOf } from './wording';

const PARAGRAPH =
  'Fighting broke out on Sunday along the line of contact, and both sides blamed each other for starting it.';

describe('the article in parts', () => {
  it('cuts pasted text into paragraphs and numbers captions apart', () => {
    const text = 'First  para.\n\n  Photo: a caption \r\nSecond para.\n';
    expect(paragraphsOf(text)).toEqual(['First para.', 'Photo: a caption', 'Second para.']);
    expect(articleParts({ text, captions: [1] }).map((part) => part.id)).toEqual(['¶1', 'C1', '¶2']);
  });
});

describe('whose words a claim uses', () => {
  it('finds eight words in a row taken from the article, and the longest such run', () => {
    const claim = 'Reports say fighting broke out on Sunday along the line of contact near the city.';
    expect(copiedRun(claim, ['Other text.', PARAGRAPH])).toBe('fighting broke out on sunday along the line of contact');
  });

  it('lets seven words pass, and ignores case and punctuation', () => {
    expect(copiedRun('Fighting broke out on Sunday along the border.', [PARAGRAPH])).toBeNull();
    expect(copiedRun('BOTH sides — blamed each other, for starting it!', [PARAGRAPH])).toBe(
      'both sides blamed each other for starting it',
    );
  });

  it('does not count the words of the claim’s own quote, nor join the words on its two sides', () => {
    const quote = 'both sides blamed each other for starting it';
    expect(copiedRun(`The article says "${quote}".`, [PARAGRAPH], quote)).toBeNull();
    // Four words before the quote and four after stand side by side in the article, but the quote is between them.
    expect(
      copiedRun('along the line of contact, and both sides blamed each other', [PARAGRAPH], 'contact, and both'),
    ).toBeNull();
    expect(copiedRun('along the line of contact, and both sides blamed each other', [PARAGRAPH])).not.toBeNull();
  });

  it('warns about quotes over twelve words', () => {
    expect(wordsOf('It’s “a test”, isn’t it?')).toEqual(["it's", 'a', 'test', "isn't", 'it']);
    expect(quoteTooLong('one two three four five six seven eight nine ten eleven twelve')).toBe(false);
    expect(quoteTooLong(PARAGRAPH)).toBe(true);
  });
});
