// The key to the map: region colours and every relation type's colour and dash pattern.
import { PALETTE } from '../map/model/palette';
import { RELATION_STYLES } from '../map/model/relationStyles';
import { RELATION_TYPES, type Story } from '../story/model/schema';
import { LineSwatch } from './LineSwatch';

export function Legend({ story }: { story: Story }) {
  const used = RELATION_TYPES.filter((type) => story.relations.some((relation) => relation.type === type));
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">Key</h3>
      <ul>
        <li>
          <span className="legend__fill" style={{ background: PALETTE.armenia }} aria-hidden="true" /> Armenia
        </li>
        <li>
          <span className="legend__fill" style={{ background: PALETTE.azerbaijan }} aria-hidden="true" /> Azerbaijan
          (with Nakhchivan)
        </li>
        <li>
          <span
            className="legend__fill legend__fill--disputed"
            style={{ background: PALETTE.disputed }}
            aria-hidden="true"
          />{' '}
          Nagorno-Karabakh (disputed)
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
