// A sample of a relation line, drawn with the map's own colour, dash pattern and status look.
import { lineLook, RELATION_STATUS_STYLES, RELATION_STYLES } from '../map/model/relationStyles';
import type { RelationStatus, RelationType } from '../story/model/schema';

export function LineSwatch({ type, status = 'active' }: { type: RelationType; status?: RelationStatus }) {
  const style = RELATION_STYLES[type];
  const { color, width, opacity } = lineLook(type, status);
  const casing = RELATION_STATUS_STYLES[status].casing;
  const dash = style.dash?.map((part) => part * width).join(' ');
  return (
    <svg className="swatch" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      {casing ? (
        <line x1="0" y1="6" x2="36" y2="6" stroke={casing.color} strokeWidth={style.width + casing.extraWidth} />
      ) : null}
      <line
        x1="0"
        y1="6"
        x2="36"
        y2="6"
        stroke={color}
        strokeWidth={width}
        strokeOpacity={opacity}
        strokeDasharray={dash}
      />
    </svg>
  );
}
