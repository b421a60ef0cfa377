// What the editor asks of the reader's map: clicks that add (a place, a country), picks that link or draw instead of
// selecting, pins that can be dragged, and a camera that stays where the editor put it.
import type { Selection } from '../story/selection';

export type MapEditing = {
  /** A click on the map where no story element is. */
  onMapClick: (lngLat: [number, number]) => void;
  /** A click on a region, pin or line (null: on none of them). */
  onPick: (picked: Selection) => void;
  /** A pin dragged to a new place. */
  onPinMoved: (placeId: string, lngLat: [number, number]) => void;
};
