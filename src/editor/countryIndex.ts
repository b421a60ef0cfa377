// The bundled country names and boxes (data/countries/index.json), for finding a place or a region by name and for
// picking a country on the map.
import { createContext, useContext } from 'react';
import type { CountryEntry } from '../geometry/storyOutlines';

export const CountryIndexContext = createContext<readonly CountryEntry[]>([]);
export const useCountryIndex = () => useContext(CountryIndexContext);

/** The bundled country with this name (as the suggestions spell it, in any case), if there is one. */
export function countryNamed(countries: readonly CountryEntry[], name: string): CountryEntry | undefined {
  const wanted = name.trim().toLowerCase();
  return countries.find((country) => country.name.toLowerCase() === wanted);
}

/** The middle of a country's box, rounded: where a place found by its country's name starts. */
export function middleOf(entry: CountryEntry): [number, number] {
  const [west, south, east, north] = entry.bbox;
  return [Math.round(((west + east) / 2) * 1000) / 1000, Math.round(((south + north) / 2) * 1000) / 1000];
}
