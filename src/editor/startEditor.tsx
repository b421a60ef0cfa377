// Starts the editor in the page's root: the map data and the country list load first; a failure of either leaves the
// editor working without it, said at the top.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { loadGeo } from '../app/loadData';
import { readCountryIndex, type CountryEntry } from '../geometry/storyOutlines';
import type { ReadJson } from '../network/countries';
import { COUNTRY_INDEX_URL } from '../shipped/paths';
import { EditorApp } from './EditorApp';
import { cachedReader } from './usePreview';

async function countryIndex(read: ReadJson): Promise<CountryEntry[] | string> {
  try {
    return readCountryIndex(await read(COUNTRY_INDEX_URL));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function startEditor(element: HTMLElement): Promise<void> {
  document.title = 'Story editor · Interactive news map';
  // One reader for the page: the index read here is the one the map's neighbours are found in, read once.
  const read = cachedReader();
  const [geo, countries] = await Promise.all([loadGeo(), countryIndex(read)]);
  const troubles = [
    ...(geo.ok
      ? []
      : [`${geo.title}: ${geo.problems.map((problem) => problem.message).join(' ')} The map is not shown.`]),
    ...(typeof countries === 'string'
      ? [`The list of countries could not be loaded (${countries}): add places by their coordinates.`]
      : []),
  ];
  element.replaceChildren();
  createRoot(element).render(
    <StrictMode>
      <EditorApp
        read={read}
        geo={geo.ok ? geo.geo : null}
        countries={typeof countries === 'string' ? [] : countries}
        troubles={troubles}
      />
    </StrictMode>,
  );
}
