// Relation lines between two places: their type from the legend's list, their direction, their dates and sources.
import { RELATION_STATUSES, RELATION_TYPES } from '../../story/model/vocabulary';
import { RELATION_STYLES } from '../../map/model/relationStyles';
import { IdChecklist, SelectField, TextField } from '../fields';
import { freshId } from '../model/lists';
import { useMapMode } from '../mapMode';
import { useCount, useDraft, useLists, useValue } from '../useDraft';
import { ItemCard, Section } from './ItemCard';

const TYPE_OPTIONS = RELATION_TYPES.map((type) => ({ value: type, label: RELATION_STYLES[type].label }));

/** A new line as the editor adds it, between two places (or none yet, chosen in its fields). */
export function newRelation(from: string, to: string, taken: readonly string[]) {
  return {
    id: freshId(from && to ? `${from}-${to}` : `line-${taken.length + 1}`, taken),
    type: 'political-ties',
    from,
    to,
    label: '',
    summary: '',
    sources: [],
  };
}

/** How the line changed after the article: each change dated and sourced by a timeline entry. */
function Statuses({ index }: { index: number }) {
  const count = useCount(['relations', index, 'statuses']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  const remove = useDraft((state) => state.remove);
  const entries = lists.timeline.map((entry) => ({ value: entry.id, label: entry.label }));
  return (
    <fieldset className="field" data-path={`relations.${index}.statuses`}>
      <legend>Changes after the article</legend>
      {Array.from({ length: count }, (_, change) => (
        <div className="field-row" key={change}>
          <SelectField
            path={['relations', index, 'statuses', change, 'status']}
            label="Status"
            options={RELATION_STATUSES}
          />
          <SelectField
            path={['relations', index, 'statuses', change, 'since']}
            label="From the timeline entry"
            options={entries}
          />
          <button type="button" onClick={() => remove(['relations', index, 'statuses', change])}>
            Remove change {change + 1}
          </button>
        </div>
      ))}
      {entries.length === 0 ? (
        <p className="field__hint">
          A change needs a timeline entry that dates and sources it: add one under “What happened next”.
        </p>
      ) : (
        <button
          type="button"
          onClick={() => add(['relations', index, 'statuses'], { status: 'frozen', since: entries[0]?.value ?? '' })}
        >
          Add a change
        </button>
      )}
    </fieldset>
  );
}

function SwapButton({ index }: { index: number }) {
  const from = useValue(['relations', index, 'from']);
  const to = useValue(['relations', index, 'to']);
  const edit = useDraft((state) => state.edit);
  return (
    <button
      type="button"
      onClick={() => {
        edit(['relations', index, 'from'], to);
        edit(['relations', index, 'to'], from);
      }}
    >
      Swap direction
    </button>
  );
}

export function RelationsSection() {
  const count = useCount(['relations']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  const { mode, setMode } = useMapMode();
  const drawing = mode.kind === 'relation';
  return (
    <Section
      id="edit-relations"
      title="Lines between places"
      intro="Alliances, bases, ties, backing, mediation, calls: each line runs from one place to another and cites its sources."
    >
      {Array.from({ length: count }, (_, index) => (
        <ItemCard
          key={index}
          path={['relations', index]}
          heading={lists.relations[index]?.label ?? `Line ${index + 1}`}
          what={`line ${index + 1}`}
        >
          <SelectField path={['relations', index, 'type']} label="Type" options={TYPE_OPTIONS} />
          <div className="field-row">
            <SelectField
              path={['relations', index, 'from']}
              label="From"
              options={lists.places.map((place) => ({ value: place.id, label: place.label }))}
            />
            <SelectField
              path={['relations', index, 'to']}
              label="To"
              options={lists.places.map((place) => ({ value: place.id, label: place.label }))}
            />
          </div>
          <SwapButton index={index} />
          <TextField
            path={['relations', index, 'label']}
            label="Label"
            hint="Short, shown on hover and in lists: “Russian base at Gyumri”."
          />
          <TextField path={['relations', index, 'summary']} label="Summary" multiline />
          <div className="field-row">
            <TextField path={['relations', index, 'validFrom']} label="Holds from" type="date" optional />
            <TextField
              path={['relations', index, 'validTo']}
              label="First day it no longer holds"
              type="date"
              optional
            />
          </div>
          <IdChecklist path={['relations', index, 'sources']} legend="Sources" choices={lists.sources} />
          <Statuses index={index} />
          <TextField path={['relations', index, 'id']} label="Line id" />
        </ItemCard>
      ))}
      <div className="field-row">
        <button
          type="button"
          aria-pressed={drawing}
          onClick={() => setMode(drawing ? { kind: 'look' } : { kind: 'relation', from: null })}
        >
          {drawing ? 'Stop drawing lines' : 'Draw a line on the map'}
        </button>
        <button
          type="button"
          onClick={() =>
            add(
              ['relations'],
              newRelation(
                '',
                '',
                lists.relations.map((relation) => relation.id),
              ),
            )
          }
        >
          Add a line by choosing its places
        </button>
      </div>
    </Section>
  );
}
