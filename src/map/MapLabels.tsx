// Region, context and group names on the map, as HTML (no glyph server needed), where the shared placement put them;
// the panel's lists carry them for screen readers.
import { Marker } from '@vis.gl/react-maplibre';
import type { PlacedLabel } from './model/labels';
import { THEME } from './model/theme';

export function MapLabels({ labels }: { labels: readonly PlacedLabel[] }) {
  const { margin } = THEME.label;
  return labels
    .filter((label) => label.kind !== 'pin')
    .map((label) => (
      <Marker
        key={label.key}
        longitude={label.at[0]}
        latitude={label.at[1]}
        anchor="top-left"
        offset={[label.offset[0] + margin, label.offset[1] + margin]}
        style={{ pointerEvents: 'none' }}
      >
        <span
          className={`map-label map-label--${label.kind}`}
          aria-hidden="true"
          data-label={label.key}
          style={{
            fontSize: `${label.font.size}px`,
            height: `${label.box.height - 2 * margin}px`,
            lineHeight: `${label.box.height - 2 * margin}px`,
          }}
        >
          {label.text}
        </span>
      </Marker>
    ));
}
