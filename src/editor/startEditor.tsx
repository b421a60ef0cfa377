// Starts the editor in the page's root: the map data and the country list load first; a failure of either leaves the
// editor working without it, said at the top.
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { loadGeo } from '../app/loadData';
import { readCountryIndex, type CountryEntry } from '../geometry/storyOutlines';
import { fetchedJson } from '../network/countries';
import { COUNTRY_INDEX_URL } from '../shipped';
import { EditorApp } from './EditorApp';

async function countryIndex(): Promise<CountryEntry[] | string> {
  try {
    return readCountryIndex(await fetchedJson()(COUNTRY_INDEX_URL));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function startEditor(element: HTMLElement): Promise<void> {
  document.title = 'Story editor · Interactive news map';
  const [geo, countries] = await Promise.all([loadGeo(), countryIndex()]);
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
        geo={geo.ok ? geo.geo : null}
        countries={typeof countries === 'string' ? [] : countries}
        troubles={troubles}
      />
    </StrictMode>,
  );
}
