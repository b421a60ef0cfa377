// The story editor (`?edit`): a chunk of its own that readers never download. It edits the story file through the
// checker `npm run story:check` runs, on the reader's own map, and keeps every draft in the browser.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { GeoData } from '../geometry/geoData';
import type { CountryEntry } from '../geometry/storyOutlines';
import { parseStory } from '../story/parse';
import type { Story } from '../story/model/schema';
import { CountryIndexContext } from './countryIndex';
import { createDraftStore, type Draft } from './draftStore';
import { deleteDraft, listDrafts, saveDraft } from './drafts';
import { EditorMap } from './EditorMap';
import { LOOK, MapModeContext, type MapMode } from './mapMode';
import { checkDraft } from './model/problems';
import { itemOf, OpenItemsContext, REVEAL_EVENT } from './openItems';
import { draftFromFile } from './openDraft';
import { OpenScreen } from './OpenScreen';
import { PreviewContext } from './preview';
import { ReaderPreview } from './ReaderPreview';
import { AreaFiguresSection } from './sections/AreaFiguresSection';
import { ArticleSection } from './sections/ArticleSection';
import { ClaimsSection } from './sections/ClaimsSection';
import { DetailsSection } from './sections/DetailsSection';
import { FactsSection, TimelineSection } from './sections/FactsSection';
import { PlacesSection } from './sections/PlacesSection';
import { RegionsSection } from './sections/RegionsSection';
import { RelationsSection } from './sections/RelationsSection';
import { SourcesSection } from './sections/SourcesSection';
import { Toolbar } from './Toolbar';
import { usePreviewOf } from './usePreview';
import type { ReadJson } from '../network/countries';
import { documentOf, DraftStoreContext, ReportContext } from './useDraft';
import './editor.css';

const NO_DRAFTS =
  'This browser does not let the editor keep drafts (a private window?): download the story file to keep your work.';

export function EditorApp({
  geo,
  countries,
  troubles,
  read,
}: {
  geo: GeoData | null;
  countries: readonly CountryEntry[];
  troubles: readonly string[];
  /** How the page reads its JSON files, each once (./usePreview.ts). */
  read: ReadJson;
}) {
  const [store] = useState(createDraftStore);
  const draft = useStore(store, (state) => state.draft);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [draftsProblem, setDraftsProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [mode, setMode] = useState<MapMode>(LOOK);
  const [reading, setReading] = useState<Story | null>(null);
  const [openItems, setOpenItems] = useState<ReadonlySet<string>>(new Set());
  const setOpen = useCallback(
    (item: string, open: boolean) =>
      setOpenItems((current) => {
        if (current.has(item) === open) return current;
        const next = new Set(current);
        if (open) next.add(item);
        else next.delete(item);
        return next;
      }),
    [],
  );
  const openItemsValue = useMemo(
    () => ({ isOpen: (item: string) => openItems.has(item), setOpen }),
    [openItems, setOpen],
  );
  // An item opens when it is added, and when a problem or a pick on the map leads to one of its fields.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.added !== null && state.added !== previous.added) setOpen(state.added, true);
      }),
    [store, setOpen],
  );
  useEffect(() => {
    const reveal = (event: Event) => {
      const item = event instanceof CustomEvent && typeof event.detail === 'string' ? itemOf(event.detail) : null;
      if (item) setOpen(item, true);
    };
    window.addEventListener(REVEAL_EVENT, reveal);
    return () => window.removeEventListener(REVEAL_EVENT, reveal);
  }, [setOpen]);

  const refreshDrafts = useCallback(() => {
    listDrafts().then(setDrafts, () => setDraftsProblem(NO_DRAFTS));
  }, []);
  useEffect(refreshDrafts, [refreshDrafts]);

  // Every change is saved as it is made: a reload or a crash loses nothing.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.draft && state.draft !== previous.draft)
          saveDraft(state.draft).catch(() => setDraftsProblem(NO_DRAFTS));
      }),
    [store],
  );

  const open = useCallback(
    (next: Draft) => {
      store.getState().open(next);
      setOpenItems(new Set());
      setMode(LOOK);
      setMessage('');
      saveDraft(next).catch(() => setDraftsProblem(NO_DRAFTS));
    },
    [store],
  );
  const close = () => {
    store.getState().close();
    setReading(null);
    refreshDrafts();
  };

  // Undo and redo from the keyboard, as in any editor; and a story file dropped anywhere opens as a new draft.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || store.getState().draft === null) return;
      const key = event.key.toLowerCase();
      const temporal = store.temporal.getState();
      if (key === 'z' && !event.shiftKey) temporal.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') temporal.redo();
      else return;
      event.preventDefault();
    };
    const onDragOver = (event: DragEvent) => event.preventDefault();
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void draftFromFile(file).then((opened) => (typeof opened === 'string' ? setMessage(opened) : open(opened)));
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, open]);

  const text = useDeferredValue(draft?.text ?? '');
  const article = useDeferredValue(draft?.article ?? { text: '', captions: [] });
  const countryCodes = useMemo(() => new Set(countries.map((country) => country.iso)), [countries]);
  const checker = useMemo(() => (geo ? { regionFile: geo.regions, countryCodes } : null), [geo, countryCodes]);
  const report = useMemo(() => (draft ? checkDraft(text, article, checker) : null), [draft, text, article, checker]);
  const preview = usePreviewOf(text, draft?.key ?? '', geo, countryCodes, read);
  const modeValue = useMemo(() => ({ mode, setMode }), [mode]);

  const startPreview = () => {
    const parsed = parseStory(documentOf(store.getState().draft?.text ?? ''));
    if (parsed.ok) setReading(parsed.story);
  };

  if (reading && geo) return <ReaderPreview story={reading} geo={geo} onBack={() => setReading(null)} />;

  return (
    <DraftStoreContext.Provider value={store}>
      <CountryIndexContext.Provider value={countries}>
        {troubles.map((trouble) => (
          <p key={trouble} className="editor-trouble" role="alert">
            {trouble}
          </p>
        ))}
        {draft === null ? (
          <OpenScreen
            drafts={drafts}
            draftsProblem={draftsProblem}
            onOpen={open}
            onDelete={(old) => {
              deleteDraft(old.key).then(refreshDrafts, () => setDraftsProblem(NO_DRAFTS));
            }}
            message={message}
            setMessage={setMessage}
          />
        ) : (
          <ReportContext.Provider value={report}>
            <PreviewContext.Provider value={preview}>
              <MapModeContext.Provider value={modeValue}>
                <OpenItemsContext.Provider value={openItemsValue}>
                  <div className="editor">
                    <Toolbar onClose={close} onPreview={startPreview} />
                    {draftsProblem ? <p className="editor-trouble">{draftsProblem}</p> : null}
                    <div className="editor__main">
                      <main className="editor__fields" aria-label="The story">
                        <h1 className="visually-hidden">Story editor</h1>
                        <DetailsSection />
                        <ArticleSection />
                        <ClaimsSection />
                        <SourcesSection />
                        <PlacesSection />
                        <RelationsSection />
                        <RegionsSection />
                        <AreaFiguresSection />
                        <FactsSection />
                        <TimelineSection />
                      </main>
                      <aside className="editor__map" aria-label="Map of the draft">
                        {geo ? <EditorMap read={read} /> : <p>The map could not be loaded; every field still works.</p>}
                      </aside>
                    </div>
                  </div>
                </OpenItemsContext.Provider>
              </MapModeContext.Provider>
            </PreviewContext.Provider>
          </ReportContext.Provider>
        )}
      </CountryIndexContext.Provider>
    </DraftStoreContext.Provider>
  );
}
