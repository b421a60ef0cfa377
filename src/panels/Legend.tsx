// The key to the map: region colours and every relation type's colour and dash pattern.
import { PALETTE } from '../map/palette';
import { RELATION_STYLES } from '../map/relationStyles';
import { RELATION_TYPES, type Story } from '../story/model/schema';
import { LineSwatch } from './LineSwatch';

// Drawn, not styled: the first view is in the page's HTML, whose policy refuses style attributes.
function FillSwatch({ color, disputed = false }: { color: string; disputed?: boolean }) {
  return (
    <svg className="legend__fill" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true">
      <rect width="36" height="14" rx="2" fill={color} />
      {disputed ? (
        <rect x="1" y="1" width="34" height="12" fill="none" stroke="#111827" strokeWidth="2" strokeDasharray="4 2" />
      ) : null}
    </svg>
  );
}

export function Legend({ story }: { story: Story }) {
  const used = RELATION_TYPES.filter((type) => story.relations.some((relation) => relation.type === type));
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">Key</h3>
      <ul>
        <li>
          <FillSwatch color={PALETTE.armenia} /> Armenia
        </li>
        <li>
          <FillSwatch color={PALETTE.azerbaijan} /> Azerbaijan (with Nakhchivan)
        </li>
        <li>
          <FillSwatch color={PALETTE.disputed} disputed /> Nagorno-Karabakh (disputed)
        </li>
        {used.map((type) => (
          <li key={type}>
            <LineSwatch type={type} /> {RELATION_STYLES[type].label}
          </li>
        ))}
      </ul>
    </section>
  );
}
