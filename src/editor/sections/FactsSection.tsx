// Facts from other sources about the story's elements, and the timeline of what happened after the article: its
// milestones, and the state claims each one changes or ends (the time model of AUTHORING.md).
import { CLAIM_EFFECTS } from '../../story/model/vocabulary';
import { IdChecklist, SelectField, TextField } from '../fields';
import { freshId } from '../model/lists';
import { useCount, useDraft, useLists } from '../useDraft';
import { ItemCard, Section } from './ItemCard';

export function FactsSection() {
  const count = useCount(['facts']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  return (
    <Section
      id="edit-facts"
      title="Facts"
      intro="Sourced facts about the story’s regions, places and lines, shown on their cards."
    >
      {Array.from({ length: count }, (_, index) => (
        <ItemCard key={index} path={['facts', index]} heading={`Fact ${index + 1}`} what={`fact ${index + 1}`}>
          <TextField path={['facts', index, 'text']} label="The fact" multiline />
          <TextField path={['facts', index, 'date']} label="Its date" type="date" optional />
          <IdChecklist path={['facts', index, 'about', 'regions']} legend="About regions" choices={lists.regions} />
          <IdChecklist path={['facts', index, 'about', 'places']} legend="About places" choices={lists.places} />
          <IdChecklist path={['facts', index, 'about', 'relations']} legend="About lines" choices={lists.relations} />
          <IdChecklist path={['facts', index, 'sources']} legend="Sources" choices={lists.sources} />
          <TextField path={['facts', index, 'id']} label="Fact id" />
        </ItemCard>
      ))}
      <button
        type="button"
        onClick={() =>
          add(['facts'], {
            id: freshId(
              `fact-${count + 1}`,
              lists.facts.map((item) => item.id),
            ),
            text: '',
            about: { regions: [], places: [], relations: [] },
            sources: [],
          })
        }
      >
        Add a fact
      </button>
    </Section>
  );
}

function ClaimChanges({ entry }: { entry: number }) {
  const count = useCount(['timeline', entry, 'claims']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  const remove = useDraft((state) => state.remove);
  return (
    <fieldset className="field" data-path={`timeline.${entry}.claims`}>
      <legend>Claims this changes or ends</legend>
      {Array.from({ length: count }, (_, change) => (
        <div key={change} className="check-item">
          <SelectField
            path={['timeline', entry, 'claims', change, 'claim']}
            label={`Claim`}
            options={lists.claims.map((claim) => ({ value: claim.id, label: claim.label }))}
          />
          <SelectField path={['timeline', entry, 'claims', change, 'effect']} label="Effect" options={CLAIM_EFFECTS} />
          <TextField path={['timeline', entry, 'claims', change, 'text']} label="What changed" multiline />
          <button type="button" onClick={() => remove(['timeline', entry, 'claims', change])}>
            Remove this change
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          add(['timeline', entry, 'claims'], { claim: lists.claims[0]?.id ?? '', effect: 'changed', text: '' })
        }
      >
        Add a claim it changes
      </button>
    </fieldset>
  );
}

export function TimelineSection() {
  const count = useCount(['timeline']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  return (
    <Section
      id="edit-timeline"
      title="What happened next"
      intro="Dated, sourced entries after the article. Milestones are stops of the reader’s date control."
    >
      {Array.from({ length: count }, (_, index) => (
        <ItemCard
          key={index}
          path={['timeline', index]}
          heading={lists.timeline[index]?.label ?? `Entry ${index + 1}`}
          what={`timeline entry ${index + 1}`}
        >
          <div className="field-row">
            <TextField path={['timeline', index, 'date']} label="Date" type="date" />
            <SelectField path={['timeline', index, 'kind']} label="Kind" options={['milestone', 'event']} />
          </div>
          <TextField path={['timeline', index, 'label']} label="Label" />
          <TextField path={['timeline', index, 'summary']} label="Summary" multiline />
          <IdChecklist path={['timeline', index, 'sources']} legend="Sources" choices={lists.sources} />
          <ClaimChanges entry={index} />
          <TextField path={['timeline', index, 'id']} label="Entry id" />
        </ItemCard>
      ))}
      <button
        type="button"
        onClick={() =>
          add(['timeline'], {
            id: freshId(
              `entry-${count + 1}`,
              lists.timeline.map((entry) => entry.id),
            ),
            date: '',
            label: '',
            summary: '',
            kind: 'milestone',
            sources: [],
          })
        }
      >
        Add a timeline entry
      </button>
    </Section>
  );
}
