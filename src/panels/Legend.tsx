// The key to the map: region colours and every relation type's colour and dash pattern.
import { PALETTE } from '../map/model/palette';
import { RELATION_STATUS_STYLES, RELATION_STYLES } from '../map/model/relationStyles';
import { RELATION_STATUSES, RELATION_TYPES, type Story } from '../story/model/schema';
import { LineSwatch } from './LineSwatch';

export function Legend({ story }: { story: Story }) {
  const used = RELATION_TYPES.filter((type) => story.relations.some((relation) => relation.type === type));
  // A line's status changes its look on later days; each status the story uses is keyed, shown on a line of its type.
  const statuses = RELATION_STATUSES.flatMap((status) => {
    const relation = story.relations.find((candidate) => candidate.statuses.some((change) => change.status === status));
    return status !== 'active' && relation ? [{ status, type: relation.type }] : [];
  });
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
        {statuses.map(({ status, type }) => (
          <li key={status} data-legend-status={status}>
            <LineSwatch type={type} status={status} /> {RELATION_STATUS_STYLES[status].label}
          </li>
        ))}
      </ul>
    </section>
  );
}
