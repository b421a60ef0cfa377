// The story's places: pins on the map. Added by clicking the map, by typing coordinates, or from a country's name;
// moved by dragging the pin or by typing.
import { useId, useState } from 'react';
import { PLACE_KINDS } from '../../story/model/vocabulary';
import { IdChecklist, NumberField, SelectField, TextField } from '../fields';
import { countryNamed, middleOf, useCountryIndex } from '../countryIndex';
import { CountryOptions } from './CountryOptions';
import { freshId } from '../model/lists';
import { focusField } from '../focusField';
import { useCount, useDraft, useLists } from '../useDraft';
import { ItemCard, Section } from './ItemCard';
import { NamesField } from './NamesField';

/** A new place as the editor adds it: what is still to be written shows as a problem beside its field. */
export function newPlace(name: string, coordinates: [number, number], taken: readonly string[], country = '') {
  return {
    id: freshId(name, taken),
    names: [{ name }],
    kind: 'landmark',
    country,
    coordinates,
    summary: '',
    sources: [],
  };
}

function AddPlace() {
  const id = useId();
  const countries = useCountryIndex();
  const lists = useLists();
  const count = useCount(['places']);
  const add = useDraft((state) => state.add);
  const [name, setName] = useState('');
  const [longitude, setLongitude] = useState('');
  const [latitude, setLatitude] = useState('');
  const [message, setMessage] = useState('');
  const findCountry = (value: string) => {
    const entry = countryNamed(countries, value);
    if (!entry) return;
    const [lon, lat] = middleOf(entry);
    setLongitude(String(lon));
    setLatitude(String(lat));
    if (name === '') setName(entry.name);
  };
  const submit = () => {
    const lon = Number(longitude);
    const lat = Number(latitude);
    if (name.trim() === '' || longitude === '' || latitude === '' || !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
      setMessage('Give the place a name, a longitude from -180 to 180 and a latitude from -90 to 90.');
      return;
    }
    add(
      ['places'],
      newPlace(
        name.trim(),
        [lon, lat],
        lists.places.map((place) => place.id),
      ),
    );
    setMessage(`Added ${name.trim()}.`);
    setName('');
    focusField(`places.${count}.names.0.name`);
  };
  return (
    <fieldset className="add-place">
      <legend>Add a place by typing</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>Or find a country</label>
          <input id={`${id}-country`} list={`${id}-countries`} onChange={(event) => findCountry(event.target.value)} />
          <CountryOptions id={`${id}-countries`} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-lon`}>Longitude</label>
          <input
            id={`${id}-lon`}
            inputMode="decimal"
            value={longitude}
            onChange={(event) => setLongitude(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lat`}>Latitude</label>
          <input
            id={`${id}-lat`}
            inputMode="decimal"
            value={latitude}
            onChange={(event) => setLatitude(event.target.value)}
          />
        </div>
      </div>
      <button type="button" onClick={submit}>
        Add this place
      </button>
      <p role="status" className="field__hint">
        {message}
      </p>
    </fieldset>
  );
}

export function PlacesSection() {
  const count = useCount(['places']);
  const lists = useLists();
  return (
    <Section
      id="edit-places"
      title="Places"
      intro="Pins on the map. Choose “Add a place” above the map and click it, or type the coordinates here. Drag a pin to move it."
    >
      {Array.from({ length: count }, (_, index) => (
        <ItemCard
          key={index}
          path={['places', index]}
          heading={lists.places[index]?.label ?? `Place ${index + 1}`}
          what={`place ${index + 1}`}
        >
          <NamesField path={['places', index, 'names']} />
          <SelectField path={['places', index, 'kind']} label="Kind" options={PLACE_KINDS} />
          <TextField path={['places', index, 'country']} label="Country" />
          <div className="field-row">
            <NumberField path={['places', index, 'coordinates', 0]} label="Longitude" />
            <NumberField path={['places', index, 'coordinates', 1]} label="Latitude" />
          </div>
          <TextField path={['places', index, 'summary']} label="Summary" multiline />
          <IdChecklist path={['places', index, 'sources']} legend="Sources" choices={lists.sources} />
          <TextField path={['places', index, 'id']} label="Place id" />
        </ItemCard>
      ))}
      <AddPlace />
    </Section>
  );
}
