// Published area figures to set beside the areas the map computes: the article's own, and reference figures. The
// reader's area card compares them; here each region's computed area is shown beside its outline.
import { IdChecklist, NumberField, SelectField, TextField } from '../fields';
import { freshId } from '../model/lists';
import { useCount, useDraft, useLists } from '../useDraft';
import { ItemCard, Section } from './ItemCard';

export function AreaFiguresSection() {
  const count = useCount(['areaFigures']);
  const lists = useLists();
  const add = useDraft((state) => state.add);
  return (
    <Section
      id="edit-areas"
      title="Area figures"
      intro="An area the article gives, or a reference figure: the reader sees it beside the area computed from the region’s outline."
    >
      {Array.from({ length: count }, (_, index) => (
        <ItemCard
          key={index}
          path={['areaFigures', index]}
          heading={`Area figure ${index + 1}`}
          what={`area figure ${index + 1}`}
        >
          <SelectField
            path={['areaFigures', index, 'region']}
            label="Region"
            options={lists.regions.map((region) => ({ value: region.id, label: region.label }))}
          />
          <TextField path={['areaFigures', index, 'label']} label="Label" hint="e.g. “The article’s figure”" />
          <div className="field-row">
            <NumberField path={['areaFigures', index, 'value']} label="Area" />
            <SelectField
              path={['areaFigures', index, 'unit']}
              label="Unit"
              options={[
                { value: 'km2', label: 'km²' },
                { value: 'mi2', label: 'square miles' },
              ]}
            />
            <SelectField
              path={['areaFigures', index, 'kind']}
              label="From"
              options={[
                { value: 'article', label: 'the article' },
                { value: 'reference', label: 'a reference work' },
              ]}
            />
          </div>
          <TextField
            path={['areaFigures', index, 'what']}
            label="What it measures"
            hint="e.g. the Soviet-era autonomous oblast"
          />
          <IdChecklist path={['areaFigures', index, 'sources']} legend="Sources" choices={lists.sources} />
          <TextField path={['areaFigures', index, 'id']} label="Figure id" />
        </ItemCard>
      ))}
      <button
        type="button"
        onClick={() =>
          add(['areaFigures'], {
            id: freshId(
              `area-${count + 1}`,
              lists.areaFigures.map((item) => item.id),
            ),
            region: lists.regions[0]?.id ?? '',
            label: '',
            value: 1,
            unit: 'km2',
            what: '',
            kind: 'article',
            sources: [],
          })
        }
      >
        Add an area figure
      </button>
    </Section>
  );
}
