import { describe, expect, it } from 'vitest';
import { append, readDocument, removeAt, setAt, storyText, valueAt } from './document';

// A file with its own spacing and key order, as a person or another tool wrote it.
const FILE = '{\n  "id": "x",\n  "places": [ { "id": "a", "coordinates": [1.50, 2] } ],\n  "z": 18.0\n}\n';

describe('editing a story file in place', () => {
  it('changes one value and leaves every other byte of the file alone', () => {
    const edited = setAt(FILE, ['places', 0, 'id'], 'b');
    expect(edited).toBe(FILE.replace('"a"', '"b"'));
    expect(setAt(edited, ['places', 0, 'id'], 'a')).toBe(FILE);
  });

  it('adds a field, appends to a list, makes a missing list, and removes', () => {
    let text = setAt(FILE, ['title'], 'T');
    text = append(text, ['places'], { id: 'c' });
    text = append(text, ['sources'], { id: 's' });
    const read = readDocument(text);
    expect(valueAt(read, ['title'])).toBe('T');
    expect(valueAt(read, ['places', 1, 'id'])).toBe('c');
    expect(valueAt(read, ['sources', 0, 'id'])).toBe('s');
    expect(text).toContain('"z": 18.0');
    const removed = removeAt(text, ['places', 1]);
    expect(valueAt(readDocument(removed), ['places'])).toEqual([{ id: 'a', coordinates: [1.5, 2] }]);
  });

  it('reads text that is not JSON as nothing, and a missing path as undefined', () => {
    expect(readDocument('{"id": ')).toBeNull();
    expect(valueAt({ a: [1] }, ['a', 3, 'b'])).toBeUndefined();
    expect(storyText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});
