// The editor's map: the reader's own map (src/map/MapView.tsx) drawing the draft as it stands, where clicks add places
// and countries, draw lines and link elements to a claim, depending on the mode chosen above it.
import { useEffect, useMemo, useState } from 'react';
import { MapView } from '../map/MapView';
import type { MapEditing } from '../map/editing';
import { createAppStore } from '../state/store';
import { AppStoreContext } from '../state/react/useAppStore';
import type { Selection } from '../story/selection';
import { countryAt } from './countryAt';
import { useCountryIndex } from './countryIndex';
import { focusField } from './focusField';
import { useMapMode, type MapMode } from './mapMode';
import { valueAt } from './model/document';
import { usePreview } from './preview';
import { newPlace } from './sections/PlacesSection';
import { newRegion } from './sections/RegionsSection';
import { newRelation } from './sections/RelationsSection';
import type { ReadJson } from '../network/countries';
import { documentOf, useDraft, useLists } from './useDraft';

/** Clicked coordinates, to 0.0001° (about 10 m): finer than a click can mean. */
const rounded = ([lon, lat]: [number, number]): [number, number] => [
  Math.round(lon * 1e4) / 1e4,
  Math.round(lat * 1e4) / 1e4,
];

const KIND_LISTS = { region: 'regions', place: 'places', relation: 'relations' } as const;

const MODES: { mode: MapMode; label: string }[] = [
  { mode: { kind: 'look' }, label: 'Look around' },
  { mode: { kind: 'add-place' }, label: 'Add a place' },
  { mode: { kind: 'relation', from: null }, label: 'Draw a line' },
  { mode: { kind: 'country' }, label: 'Add a country' },
];

const HINTS: Record<MapMode['kind'], string> = {
  look: 'Drag pins to move them.',
  'add-place': 'Click the map where the place is.',
  relation: 'Click the pin the line starts from, then the pin it goes to.',
  link: 'Click regions, pins and lines to link them to the claim, or to unlink them.',
  country: 'Click a country to add it as a region.',
};

export function EditorMap({ read }: { read: ReadJson }) {
  const preview = usePreview();
  const { mode, setMode } = useMapMode();
  const [status, setStatus] = useState('');
  const countries = useCountryIndex();
  const lists = useLists();
  const text = useDraft((state) => state.draft?.text ?? '');
  const add = useDraft((state) => state.add);
  const edit = useDraft((state) => state.edit);
  const [store] = useState(() => createAppStore());

  // The map draws the preview; a claim being linked is lit, as a reader would see it.
  useEffect(() => {
    if (preview) store.setState({ data: { status: 'ready', story: preview.story, geo: preview.geo } });
  }, [store, preview]);
  const linkedClaim = mode.kind === 'link' ? lists.claims[mode.claim]?.id : undefined;
  useEffect(() => {
    store.setState({ selection: linkedClaim ? { kind: 'claim', id: linkedClaim } : null });
  }, [store, linkedClaim]);

  const editing = useMemo((): MapEditing => {
    const document = documentOf(text);
    const onPick = (picked: Selection) => {
      if (!picked) return;
      if (mode.kind === 'relation' && picked.kind === 'place') {
        if (mode.from === null || mode.from === picked.id) {
          setMode({ kind: 'relation', from: picked.id });
          setStatus(
            `Line from ${lists.places.find((place) => place.id === picked.id)?.label ?? picked.id}: now click the pin it goes to.`,
          );
          return;
        }
        const index = lists.relations.length;
        add(
          ['relations'],
          newRelation(
            mode.from,
            picked.id,
            lists.relations.map((relation) => relation.id),
          ),
        );
        setMode({ kind: 'relation', from: null });
        setStatus('Line drawn: choose its type and write its label below.');
        focusField(`relations.${index}.type`);
        return;
      }
      if (mode.kind === 'link' && picked.kind !== 'claim') {
        const list = KIND_LISTS[picked.kind];
        const path = ['claims', mode.claim, 'elements', list];
        const current = valueAt(document, path);
        const ids = Array.isArray(current) ? current.filter((id): id is string => typeof id === 'string') : [];
        const linked = ids.includes(picked.id);
        edit(path, linked ? ids.filter((id) => id !== picked.id) : [...ids, picked.id]);
        setStatus(`${linked ? 'Unlinked' : 'Linked'} ${picked.id}.`);
        return;
      }
      // Looking around, a pick goes to the element's fields.
      if (picked.kind === 'claim') return;
      const list = KIND_LISTS[picked.kind];
      setStatus(
        `${lists[list].find((item) => item.id === picked.id)?.label ?? picked.id}: its fields are on the left.`,
      );
      focusField(`${list}.${String(lists[list].findIndex((item) => item.id === picked.id))}`);
    };
    const onMapClick = (lngLat: [number, number]) => {
      if (mode.kind === 'add-place') {
        const index = lists.places.length;
        add(
          ['places'],
          newPlace(
            `New place ${index + 1}`,
            rounded(lngLat),
            lists.places.map((place) => place.id),
          ),
        );
        setStatus(`Place added at ${rounded(lngLat).join(', ')}: name it below.`);
        focusField(`places.${index}.names.0.name`);
      } else if (mode.kind === 'country') {
        setStatus('Finding the country there…');
        countryAt(lngLat, countries, read).then(
          (entry) => {
            if (!entry) {
              setStatus('No country there (the sea?).');
              return;
            }
            add(
              ['regions'],
              newRegion(
                entry.name,
                lists.regions.map((region) => region.id),
                { country: entry.iso },
              ),
            );
            setStatus(`Added ${entry.name}.`);
          },
          () => setStatus('The country outlines could not be read: add the country by its name instead.'),
        );
      }
    };
    const onPinMoved = (placeId: string, lngLat: [number, number]) => {
      const index = lists.places.findIndex((place) => place.id === placeId);
      if (index >= 0) edit(['places', index, 'coordinates'], rounded(lngLat));
      setStatus(`Moved ${placeId} to ${rounded(lngLat).join(', ')}.`);
    };
    return { onPick, onMapClick, onPinMoved };
  }, [text, mode, setMode, lists, add, edit, countries, read]);

  return (
    <div className="editor-map">
      <div className="editor-map__modes" role="group" aria-label="What a click on the map does">
        {MODES.map(({ mode: choice, label }) => (
          <button
            key={choice.kind}
            type="button"
            aria-pressed={mode.kind === choice.kind}
            onClick={() => setMode(choice)}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="editor-map__hint" role="status">
        {status || HINTS[mode.kind]}
      </p>
      {preview ? (
        <AppStoreContext.Provider value={store}>
          <MapView story={preview.story} geo={preview.geo} editing={editing} />
        </AppStoreContext.Provider>
      ) : (
        <p>Loading the map…</p>
      )}
    </div>
  );
}
