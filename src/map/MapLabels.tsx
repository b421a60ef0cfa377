// Region, context and group names on the map, as HTML (no glyph server needed), where the shared placement put them;
// the panel's lists carry them for screen readers.
import type { PlacedLabel } from './model/labels';
import { THEME } from './model/theme';
import { Anchored } from './ScreenLayer';

export function MapLabels({ labels }: { labels: readonly PlacedLabel[] }) {
  const { margin } = THEME.label;
  return labels
    .filter((label) => label.kind !== 'pin')
    .map((label) => (
      <Anchored
        key={label.key}
        at={label.at}
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
      </Anchored>
    ));
}
