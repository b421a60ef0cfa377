// The article's claims, in the editor's own words: the paragraphs each cites, its quote, the map elements it is about
// (picked on the map or from a list), and its fact checks against the sources.
import { useId, useState } from 'react';
import { CLAIM_TIMES, VERDICTS } from '../../story/model/vocabulary';
import { IdChecklist, SelectField, TextField, FieldProblems } from '../fields';
import { useMapMode } from '../mapMode';
import type { Choice, StoryLists } from '../model/lists';
import { useCount, useDraft, useLists, useValue } from '../useDraft';
import { headingOf, ItemCard, Section } from './ItemCard';

const KINDS = ['regions', 'places', 'relations'] as const;
type Kind = (typeof KINDS)[number];
const KIND_NAMES: Record<Kind, string> = { regions: 'region', places: 'place', relations: 'line' };

function labelOf(lists: StoryLists, kind: Kind, id: string): string {
  return lists[kind].find((choice: Choice) => choice.id === id)?.label ?? id;
}

/** The elements a claim is linked to, each removable, and a list to link more without the map. */
function LinkedElements({ index }: { index: number }) {
  const id = useId();
  const lists = useLists();
  const edit = useDraft((state) => state.edit);
  const elements = useValue(['claims', index, 'elements']);
  const { mode, setMode } = useMapMode();
  const [choice, setChoice] = useState('');
  const linked = (kind: Kind): string[] => {
    const ids = typeof elements === 'object' && elements !== null ? (elements as Record<string, unknown>)[kind] : [];
    return Array.isArray(ids) ? ids.filter((item): item is string => typeof item === 'string') : [];
  };
  const write = (kind: Kind, ids: string[]) => edit(['claims', index, 'elements', kind], ids);
  const linking = mode.kind === 'link' && mode.claim === index;
  const all = KINDS.flatMap((kind) => lists[kind].map((item) => ({ kind, ...item })));
  const unlinked = all.filter((item) => !linked(item.kind).includes(item.id));
  return (
    <fieldset className="field linked" data-path={`claims.${index}.elements`}>
      <legend>On the map</legend>
      <ul className="linked__list">
        {KINDS.flatMap((kind) =>
          linked(kind).map((element) => (
            <li key={`${kind}:${element}`} className="linked__item">
              {labelOf(lists, kind, element)} <span className="linked__kind">({KIND_NAMES[kind]})</span>{' '}
              <button
                type="button"
                onClick={() =>
                  write(
                    kind,
                    linked(kind).filter((item) => item !== element),
                  )
                }
              >
                Unlink <span className="visually-hidden">{labelOf(lists, kind, element)}</span>
              </button>
            </li>
          )),
        )}
      </ul>
      <button
        type="button"
        aria-pressed={linking}
        onClick={() => setMode(linking ? { kind: 'look' } : { kind: 'link', claim: index })}
      >
        {linking ? 'Done linking' : 'Link elements on the map'}
      </button>
      {linking ? <p className="field__hint">Click regions, pins and lines on the map to link or unlink them.</p> : null}
      <div className="field-row">
        <label htmlFor={id} className="visually-hidden">
          Element to link
        </label>
        <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Choose an element to link…</option>
          {unlinked.map((item) => (
            <option key={`${item.kind}:${item.id}`} value={`${item.kind}:${item.id}`}>
              {item.label} ({KIND_NAMES[item.kind]})
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={choice === ''}
          onClick={() => {
            const [kind, element] = choice.split(':') as [Kind, string];
            write(kind, [...linked(kind), element]);
            setChoice('');
          }}
        >
          Link
        </button>
      </div>
      <FieldProblems id={`${id}-problems`} path={['claims', index, 'elements']} />
    </fieldset>
  );
}

function Checks({ index }: { index: number }) {
  const count = useCount(['claims', index, 'checks']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  const remove = useDraft((state) => state.remove);
  return (
    <fieldset className="field checks" data-path={`claims.${index}.checks`}>
      <legend>Fact checks</legend>
      {Array.from({ length: count }, (_, check) => (
        <div key={check} className="check-item">
          <SelectField
            path={['claims', index, 'checks', check, 'verdict']}
            label={`Check ${check + 1}: verdict`}
            options={VERDICTS}
          />
          <TextField path={['claims', index, 'checks', check, 'text']} label="What the sources say" multiline />
          <IdChecklist
            path={['claims', index, 'checks', check, 'sources']}
            legend="Sources of this check"
            choices={lists.sources}
          />
          <button type="button" onClick={() => remove(['claims', index, 'checks', check])}>
            Remove check {check + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => add(['claims', index, 'checks'], { verdict: 'supports', text: '', sources: [] })}
      >
        Add a fact check
      </button>
    </fieldset>
  );
}

export function ClaimsSection() {
  const count = useCount(['claims']);
  const lists = useLists();
  return (
    <Section
      id="edit-claims"
      title="Claims"
      intro="Make claims from the article’s text above. Write each in your own words; the article’s exact wording goes only in the quote."
    >
      {count === 0 ? <p className="field__hint">No claims yet.</p> : null}
      {Array.from({ length: count }, (_, index) => (
        <ItemCard
          key={index}
          path={['claims', index]}
          heading={headingOf(`Claim ${index + 1}`, lists.claims[index]?.label)}
          what={`claim ${index + 1}`}
        >
          <TextField path={['claims', index, 'text']} label="The claim, in your own words" multiline />
          <TextField
            path={['claims', index, 'quote']}
            label="Quote from the article"
            optional
            hint="Twelve words at most."
          />
          <IdChecklist path={['claims', index, 'parts']} legend="Cites paragraphs" choices={lists.parts} />
          <SelectField
            path={['claims', index, 'time']}
            label="Kind of claim"
            optional
            options={CLAIM_TIMES.map((time) => ({
              value: time,
              label:
                time === 'event'
                  ? 'An event: stays true as history'
                  : 'A state: holds until the timeline says otherwise',
            }))}
          />
          <LinkedElements index={index} />
          <Checks index={index} />
          <TextField path={['claims', index, 'id']} label="Claim id" />
        </ItemCard>
      ))}
    </Section>
  );
}
