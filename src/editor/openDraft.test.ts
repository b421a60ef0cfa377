import { describe, expect, it } from 'vitest';
import { draftFromBytes } from './openDraft';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('opening a file as a draft', () => {
  it('opens a story as it is, problems and all, named by its headline', () => {
    const text = '{"version": 1, "article": {"title": "A headline"}}';
    const draft = draftFromBytes(bytes(text), 'a.json');
    expect(draft).toMatchObject({ text, name: 'A headline', article: { text: '', captions: [] } });
  });

  it('refuses what is not a story file, saying why and that nothing changed', () => {
    expect(draftFromBytes(bytes('[1, 2]'), 'list.json')).toMatch(
      /^list\.json is not a story file.*Nothing was changed/,
    );
    expect(draftFromBytes(bytes('{"id": '), 'cut.json')).toMatch(/^cut\.json is not a story file/);
    expect(draftFromBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0]), 'wide.json')).toMatch(/^wide\.json is UTF-16/);
  });
});
