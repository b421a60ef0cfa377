// The story's places as HTML pins: real buttons with names, so they need no glyph server and take keyboard focus.
import { Marker, useMap } from '@vis.gl/react-maplibre';
import { displayName } from '../story/model/names';
import type { Elements, Place } from '../story/model/schema';
import type { Selection } from '../story/selection';
import { bringIntoView } from './keyboard';

// The dot is 14 px wide at the pin's left edge: shift it so its centre sits on the place.
const PIN_OFFSET: [number, number] = [-7, 0];

type Props = {
  places: readonly Place[];
  highlighted: Elements;
  selection: Selection;
  onSelect: (placeId: string) => void;
};

export function PlacePins({ places, highlighted, selection, onSelect }: Props) {
  const { current: map } = useMap();
  const active = selection !== null;
  return places.map((place) => {
    const lit = highlighted.places.includes(place.id);
    const chosen = selection?.kind === 'place' && selection.id === place.id;
    const name = displayName(place);
    return (
      <Marker
        key={place.id}
        longitude={place.coordinates[0]}
        latitude={place.coordinates[1]}
        anchor="left"
        offset={PIN_OFFSET}
      >
        <button
          type="button"
          className={`pin pin--${place.kind}${active && !lit ? ' pin--dim' : ''}${lit ? ' pin--lit' : ''}`}
          data-place={place.id}
          aria-pressed={chosen}
          aria-label={`${name} (place)`}
          onClick={() => onSelect(place.id)}
          onFocus={() => map && bringIntoView(map.getMap(), place.coordinates)}
        >
          <span className="pin__dot" aria-hidden="true" />
          <span className="pin__label">{name}</span>
        </button>
      </Marker>
    );
  });
}
