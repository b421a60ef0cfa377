// What a click on the editor's map does: nothing new (look around), add a place, draw a relation between two places,
// link elements to a claim, or add the country under the click as a region.
import { createContext, useContext } from 'react';

export type MapMode =
  | { kind: 'look' }
  | { kind: 'add-place' }
  | { kind: 'relation'; from: string | null }
  | { kind: 'link'; claim: number }
  | { kind: 'country' };

export const LOOK: MapMode = { kind: 'look' };

export const MapModeContext = createContext<{ mode: MapMode; setMode: (mode: MapMode) => void }>({
  mode: LOOK,
  setMode: () => undefined,
});

export const useMapMode = () => useContext(MapModeContext);
