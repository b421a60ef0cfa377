// The key to the map: region colours and every relation type's colour and dash pattern.
import { regionFill } from '../map/model/palette';
import { roleOf } from '../story/model/outlines';
import { regionName } from '../story/model/names';
import { RELATION_STATUS_STYLES, RELATION_STYLES } from '../map/model/relationStyles';
import type { Story } from '../story/model/schema';
import { RELATION_STATUSES, RELATION_TYPES } from '../story/model/vocabulary';
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
  // A line's status changes its look on later days; each status the story uses is keyed, shown on a line of its type.
  const statuses = RELATION_STATUSES.flatMap((status) => {
    const relation = story.relations.find((candidate) => candidate.statuses.some((change) => change.status === status));
    return status !== 'active' && relation ? [{ status, type: relation.type }] : [];
  });
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">Key</h3>
      <ul>
        {story.regions.map((region) => {
          const disputed = roleOf(region) === 'disputed';
          return (
            <li key={region.id}>
              <FillSwatch color={regionFill(region)} disputed={disputed} /> {regionName(region)}
              {disputed ? ' (disputed)' : ''}
            </li>
          );
        })}
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
