// Region, context and group names on the map, as HTML (no glyph server needed), where the shared placement put them;
// the panel's lists carry them for screen readers.
import type { PlacedLabel } from './model/labels';
import { THEME } from './model/theme';
import { useAnchor } from './ScreenLayer';

function MapLabel({ label }: { label: PlacedLabel }) {
  const { margin } = THEME.label;
  const anchor = useAnchor(label.at, { offset: [label.offset[0] + margin, label.offset[1] + margin] });
  return (
    <span
      ref={anchor}
      className={`screen-anchor map-label map-label--${label.kind}`}
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
  );
}

export function MapLabels({ labels }: { labels: readonly PlacedLabel[] }) {
  return labels.filter((label) => label.kind !== 'pin').map((label) => <MapLabel key={label.key} label={label} />);
}
