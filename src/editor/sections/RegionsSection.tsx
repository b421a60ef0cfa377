// The story's regions: countries by their code (picked on the map or found by name), or outlines of its own, drawn
// elsewhere and imported as GeoJSON. Each outline's area is computed as the reader's area card computes it.
import { useId, useState, type ChangeEvent } from 'react';
import { REGION_ROLES } from '../../story/model/vocabulary';
import { areaKm2 } from '../../geometry/area';
import { formatKm2 } from '../../ui/format';
import { IdChecklist, SelectField, TextField } from '../fields';
import { countryNamed, useCountryIndex } from '../countryIndex';
import { CountryOptions } from './CountryOptions';
import { freshId } from '../model/lists';
import { focusField } from '../focusField';
import { useMapMode } from '../mapMode';
import { usePreview } from '../preview';
import { useCount, useDraft, useLists, useValue } from '../useDraft';
import { ItemCard, Section } from './ItemCard';
import { NamesField } from './NamesField';
import { outlineFromGeoJson } from '../model/importOutline';
import { outlineFeatureId } from '../../story/model/outlines';

/** A new region as the editor adds it: a country by its code, or an outline of the story's own. */
export function newRegion(name: string, taken: readonly string[], drawn: { country: string } | { geometry: unknown }) {
  const id = freshId(name, taken);
  return {
    id,
    names: [{ name }],
    kind: 'country' in drawn ? 'country' : 'disputed-region',
    status: '',
    summary: '',
    sources: [],
    outlines: [
      {
        id: `${id}-outline`,
        ...drawn,
        label: 'country' in drawn ? `${name} (Natural Earth 1:50m)` : `${name} (imported outline)`,
        description: '',
        sources: [],
      },
    ],
    defaultOutline: `${id}-outline`,
  };
}

function OutlineArea({ region, outline }: { region: number; outline: number }) {
  const preview = usePreview();
  const regionId = useValue(['regions', region, 'id']);
  const outlineId = useValue(['regions', region, 'outlines', outline, 'id']);
  const drawnRegion = preview?.story.regions.find((candidate) => candidate.id === regionId);
  const drawnOutline = drawnRegion?.outlines.find((candidate) => candidate.id === outlineId);
  const featureId = drawnRegion && drawnOutline ? outlineFeatureId(drawnRegion, drawnOutline) : null;
  const feature = preview?.geo.regions.features.find((candidate) => candidate.properties.id === featureId);
  return (
    <p className="outline-area">
      {feature
        ? `Area on the map: ${formatKm2(areaKm2(feature))} (${feature.properties.dataset})`
        : 'Area: not drawn yet.'}
    </p>
  );
}

function Outlines({ region }: { region: number }) {
  const count = useCount(['regions', region, 'outlines']);
  const lists = useLists();
  const country = useValue(['regions', region, 'outlines', 0, 'country']);
  return (
    <fieldset className="field" data-path={`regions.${region}.outlines`}>
      <legend>Outlines</legend>
      {Array.from({ length: count }, (_, outline) => (
        <div key={outline} className="outline">
          <p className="field__hint">
            {typeof country === 'string' && outline === 0 ? `Country ${country}, from Natural Earth.` : null}
          </p>
          <OutlineArea region={region} outline={outline} />
          <TextField path={['regions', region, 'outlines', outline, 'label']} label={`Outline ${outline + 1}: label`} />
          <TextField path={['regions', region, 'outlines', outline, 'description']} label="Description" multiline />
          <IdChecklist
            path={['regions', region, 'outlines', outline, 'sources']}
            legend="Sources of the outline"
            choices={lists.sources}
          />
        </div>
      ))}
    </fieldset>
  );
}

function AddRegion() {
  const id = useId();
  const countries = useCountryIndex();
  const lists = useLists();
  const count = useCount(['regions']);
  const add = useDraft((state) => state.add);
  const { mode, setMode } = useMapMode();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const taken = lists.regions.map((region) => region.id);
  const addCountry = () => {
    const entry = countryNamed(countries, name);
    if (!entry) {
      setMessage(`No country is called “${name.trim()}” in the bundled list: pick one of its suggestions.`);
      return;
    }
    add(['regions'], newRegion(entry.name, taken, { country: entry.iso }));
    setMessage(`Added ${entry.name}.`);
    setName('');
    focusField(`regions.${count}.names.0.name`);
  };
  const importOutline = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const outline = outlineFromGeoJson(await file.text());
    if (typeof outline === 'string') {
      setMessage(`${file.name}: ${outline}`);
      return;
    }
    const regionName = file.name.replace(/\.(geo)?json$/i, '');
    add(['regions'], newRegion(regionName, taken, { geometry: outline }));
    setMessage(`Imported the outline from ${file.name}.`);
    focusField(`regions.${count}.names.0.name`);
  };
  const picking = mode.kind === 'country';
  return (
    <fieldset className="add-region">
      <legend>Add a region</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-country`}>Country</label>
          <input
            id={`${id}-country`}
            list={`${id}-countries`}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <CountryOptions id={`${id}-countries`} />
        </div>
        <button type="button" onClick={addCountry}>
          Add country
        </button>
      </div>
      <div className="field-row">
        <button
          type="button"
          aria-pressed={picking}
          onClick={() => setMode(picking ? { kind: 'look' } : { kind: 'country' })}
        >
          {picking ? 'Stop picking countries' : 'Pick countries on the map'}
        </button>
        <label className="file-button">
          Import an outline (GeoJSON){' '}
          <input
            type="file"
            accept=".json,.geojson,application/geo+json,application/json"
            onChange={(event) => void importOutline(event)}
          />
        </label>
      </div>
      <p role="status" className="field__hint">
        {message}
      </p>
    </fieldset>
  );
}

export function RegionsSection() {
  const count = useCount(['regions']);
  const lists = useLists();
  return (
    <Section
      id="edit-regions"
      title="Regions"
      intro="Countries and disputed areas, drawn from Natural Earth or from an outline of your own."
    >
      {Array.from({ length: count }, (_, index) => (
        <ItemCard
          key={index}
          path={['regions', index]}
          heading={lists.regions[index]?.label ?? `Region ${index + 1}`}
          what={`region ${index + 1}`}
        >
          <NamesField path={['regions', index, 'names']} />
          <div className="field-row">
            <SelectField
              path={['regions', index, 'kind']}
              label="Kind"
              options={[
                { value: 'country', label: 'Country' },
                { value: 'disputed-region', label: 'Disputed region' },
              ]}
            />
            <SelectField path={['regions', index, 'role']} label="Colour on the map" options={REGION_ROLES} optional />
          </div>
          <TextField path={['regions', index, 'status']} label="Status" hint="Who governs it, who claims it." />
          <TextField path={['regions', index, 'summary']} label="Summary" multiline />
          <IdChecklist path={['regions', index, 'sources']} legend="Sources" choices={lists.sources} />
          <Outlines region={index} />
          <TextField path={['regions', index, 'id']} label="Region id" />
        </ItemCard>
      ))}
      <AddRegion />
    </Section>
  );
}
