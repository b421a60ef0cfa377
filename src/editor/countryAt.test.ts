import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readCountryIndex } from '../geometry/storyOutlines';
import { countryAt } from './countryAt';

const PUBLIC = new URL('../../public/', import.meta.url);
const read = async (url: string): Promise<unknown> => JSON.parse(await readFile(new URL(url, PUBLIC), 'utf8'));

describe('the country under a click', () => {
  it('is found from the bundled country files, and the sea is no country', async () => {
    const index = readCountryIndex(await read('data/countries/index.json'));
    if (typeof index === 'string') throw new Error(index);
    expect((await countryAt([44.51, 40.18], index, read))?.name).toBe('Armenia');
    expect((await countryAt([49.87, 40.41], index, read))?.name).toBe('Azerbaijan');
    expect(await countryAt([51, 42], index, read)).toBeNull();
  });
});
