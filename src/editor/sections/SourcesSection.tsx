// The story's sources: what every fact, check, place and line cites.
import { TextField } from '../fields';
import { freshId } from '../model/lists';
import { useCount, useDraft, useLists } from '../useDraft';
import { headingOf, ItemCard, Section } from './ItemCard';

export function SourcesSection() {
  const count = useCount(['sources']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  return (
    <Section
      id="edit-sources"
      title="Sources"
      intro="Everything the map shows cites a source from this list. A quote must be found, word for word, in the source it cites."
    >
      {Array.from({ length: count }, (_, index) => {
        const source = lists.sources[index];
        return (
          <ItemCard
            key={index}
            path={['sources', index]}
            heading={headingOf(`Source ${index + 1}`, source?.label)}
            what={`source ${source?.label ?? index + 1}`}
          >
            <TextField path={['sources', index, 'title']} label="Title" />
            <TextField path={['sources', index, 'outlet']} label="Outlet or publisher" />
            <TextField path={['sources', index, 'url']} label="Address" type="url" optional />
            <TextField path={['sources', index, 'published']} label="Published" type="date" optional />
            <TextField
              path={['sources', index, 'note']}
              label="How it was read"
              optional
              hint="e.g. the archived copy read on 2 December 2026"
            />
            <TextField path={['sources', index, 'id']} label="Source id" />
          </ItemCard>
        );
      })}
      <button
        type="button"
        onClick={() =>
          add(['sources'], {
            id: freshId(
              `source-${count + 1}`,
              lists.sources.map((source) => source.id),
            ),
            title: '',
            outlet: '',
          })
        }
      >
        Add a source
      </button>
    </Section>
  );
}
