// A sample of a relation line, drawn with the map's own colour and dash pattern.
import { RELATION_STYLES } from '../map/model/relationStyles';
import type { RelationType } from '../story/model/schema';

export function LineSwatch({ type }: { type: RelationType }) {
  const style = RELATION_STYLES[type];
  const dash = style.dash[1] === 0 ? undefined : style.dash.map((part) => part * style.width).join(' ');
  return (
    <svg className="swatch" width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">
      <line x1="0" y1="5" x2="36" y2="5" stroke={style.color} strokeWidth={style.width} strokeDasharray={dash} />
    </svg>
  );
}
