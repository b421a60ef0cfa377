// The story's places as HTML pins in the map's ScreenLayer: real buttons with names, so they need no glyph server and
// take keyboard focus. Each label sits where the shared placement (./model/labels.ts) put it; a pin without room keeps
// its name for hover and focus.
import { Marker, useMap } from '@vis.gl/react-maplibre';
import { memo, type CSSProperties } from 'react';
import { useAnchor } from './ScreenLayer';
import type { ModelPin } from './model/mapModel';
import type { PlacedLabel } from './model/labels';
import { THEME } from './model/theme';
import { bringIntoView } from './keyboard';

type Props = {
  pins: readonly ModelPin[];
  /** Each pin's own label, if it has room. */
  labels: ReadonlyMap<string, PlacedLabel>;
  active: boolean;
  onSelect: (placeId: string) => void;
  /** In the editor, pins can be dragged: where one was dropped. */
  onMoved?: ((placeId: string, lngLat: [number, number]) => void) | undefined;
};

/** The label's box from the placement, less the spacing the placement keeps between boxes. */
function labelStyle(label: PlacedLabel): CSSProperties {
  const { margin } = THEME.label;
  const [dx, dy] = label.offset;
  const height = label.box.height - 2 * margin;
  return {
    left: `calc(50% + ${dx + margin}px)`,
    top: `calc(50% + ${dy + margin}px)`,
    height: `${height}px`,
    lineHeight: `${height}px`,
    fontSize: `${label.font.size}px`,
    fontWeight: label.font.weight,
  };
}

const Pin = memo(function Pin({
  pin,
  label,
  active,
  onSelect,
  onMoved,
}: {
  pin: ModelPin;
  label: PlacedLabel | undefined;
  active: boolean;
  onSelect: (placeId: string) => void;
  onMoved: Props['onMoved'];
}) {
  const { current: map } = useMap();
  const { place, name, emphasis, chosen } = pin;
  const anchor = useAnchor(place.coordinates, { center: true });
  const classes = [
    'pin',
    `pin--${place.kind}`,
    active && emphasis === 'dim' ? 'pin--dim' : '',
    emphasis === 'lit' ? 'pin--lit' : '',
    label ? '' : 'pin--unlabelled',
    // A reader's pin is itself an anchor of the ScreenLayer; in the editor, MapLibre's Marker places it.
    onMoved ? '' : 'screen-anchor',
  ];
  const button = (
    <button
      type="button"
      ref={onMoved ? undefined : anchor}
      className={classes.filter(Boolean).join(' ')}
      data-place={place.id}
      data-name={label ? undefined : name}
      aria-pressed={chosen}
      aria-label={`${name} (place)`}
      onClick={() => onSelect(place.id)}
      onFocus={() => map && bringIntoView(map.getMap(), place.coordinates)}
    >
      <span className="pin__dot" aria-hidden="true" />
      {/* A pin without room shows its name (data-name) on hover and focus, with no element kept for it. */}
      {label && (
        <span className="pin__label" data-side={label.side} style={labelStyle(label)}>
          {name}
        </span>
      )}
    </button>
  );
  if (!onMoved) return button;
  return (
    <Marker
      longitude={place.coordinates[0]}
      latitude={place.coordinates[1]}
      anchor="center"
      draggable
      onDragEnd={(event) => onMoved(place.id, [event.lngLat.lng, event.lngLat.lat])}
    >
      {button}
    </Marker>
  );
});

export function PlacePins({ pins, labels, active, onSelect, onMoved }: Props) {
  return pins.map((pin) => (
    <Pin
      key={pin.place.id}
      pin={pin}
      label={labels.get(`place:${pin.place.id}`)}
      active={active}
      onSelect={onSelect}
      onMoved={onMoved}
    />
  ));
}
