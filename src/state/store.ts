// One framework-free store for what the reader sees; React binds to it in ./useAppStore.
import { createStore } from 'zustand/vanilla';
import type { Story } from '../story/model/schema';
import type { StoryProblem } from '../story/integrity';
import type { GeoData } from '../geometry/geoData';
import { findElement } from '../story/claimLinks';
import { isIsoDate } from '../time/dates';
import { dayOfOutline } from '../time/validity';
import { sameSelection, type Selection, type SelectionKind } from '../story/selection';
import type { LinkedView } from './hash';

type DataState =
  | { status: 'loading' }
  | { status: 'ready'; story: Story; geo: GeoData }
  | { status: 'failed'; title: string; problems: StoryProblem[] };

export type AppState = {
  data: DataState;
  selection: Selection;
  /** The day the map shows (YYYY-MM-DD); null means the article's day. */
  date: string | null;
  /** The last date only refines the one before (a slider being dragged): the URL is replaced, not added to history. */
  refining: boolean;
  /** Why the view a link asked for was tidied (the panel words it for the reader); null when it was taken as is. */
  notice: LinkNotice | null;
  /** Why a story the reader asked for (a link or a file) could not be opened; the current story stays. */
  report: StoryReport | null;
  /** A story being opened (from a `?story=` link or a file), shown as such until it arrives or fails. */
  opening: Opening | null;
  /** Where the shown story came from: 'default', 'link:ADDRESS' or 'file:N'; history entries carry it. */
  storySource: string;
  /** Parts that failed to load while the rest works (a chunk, a data file): each says what and what to do. */
  troubles: string[];
};

type Opening = { name: string; source: 'link' | 'file' };

/** What a link asked for that the story cannot show: names it lacks (the default view shows instead), or a date that is no
 * day (the article's day shows instead). */
export type LinkNotice = {
  unknown: { kind: SelectionKind | 'outline'; id: string }[];
  badDate: string | null;
};

/** `omitted`: problems beyond those listed; `retry`: the address to try again (a download that failed or stalled). */
export type StoryReport = {
  title: string;
  problems: (StoryProblem & { line?: number })[];
  omitted?: number;
  retry?: string;
};

export type AppActions = {
  loaded: (story: Story, geo: GeoData, source?: string) => void;
  failed: (title: string, problems: StoryProblem[]) => void;
  select: (selection: Selection) => void;
  chooseDate: (date: string | null, refining?: boolean) => void;
  applyView: (view: LinkedView) => void;
  dismissNotice: () => void;
  /** Shows another story in place of the current one, from its default view. */
  replaceStory: (story: Story, geo: GeoData, source: string) => void;
  reported: (report: StoryReport | null) => void;
  openingChanged: (opening: Opening | null) => void;
  /** A part of the page could not load: the message says what, and the rest goes on working. */
  troubled: (message: string) => void;
};

export type AppStore = ReturnType<typeof createAppStore>;

function findOutline(story: Story, id: string) {
  return story.regions.flatMap((region) => region.outlines).find((outline) => outline.id === id);
}

/** The article's day is the default: it keeps no date of its own, so links to it stay short. */
function storedDate(data: DataState, date: string | null): string | null {
  return data.status === 'ready' && date === data.story.article.eventDate ? null : date;
}

/** The day a link asks for (an older link names an outline instead), and what of it the story cannot show. */
function dateOfView(
  story: Story,
  view: LinkedView,
): { date: string | null; badDate: string | null; unknownOutline: string | null } {
  if (view.date !== null) {
    return isIsoDate(view.date)
      ? { date: view.date, badDate: null, unknownOutline: null }
      : { date: null, badDate: view.date, unknownOutline: null };
  }
  const outline = view.outline === null ? undefined : findOutline(story, view.outline);
  return {
    date: outline ? dayOfOutline(outline, story.article.eventDate) : null,
    badDate: null,
    unknownOutline: outline ? null : view.outline,
  };
}

export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState & AppActions>()((set, get) => ({
    data: { status: 'loading' },
    selection: null,
    date: null,
    refining: false,
    notice: null,
    report: null,
    opening: null,
    storySource: 'default',
    troubles: [],
    ...initial,
    loaded: (story, geo, source = 'default') => set({ data: { status: 'ready', story, geo }, storySource: source }),
    failed: (title, problems) => set({ data: { status: 'failed', title, problems } }),
    select: (selection) => {
      if (!sameSelection(selection, get().selection)) set({ selection, notice: null });
    },
    chooseDate: (date, refining = false) => {
      if (date === null || isIsoDate(date)) set({ date: storedDate(get().data, date), refining });
    },
    dismissNotice: () => set({ notice: null }),
    replaceStory: (story, geo, source) => {
      const { data } = get();
      if (data.status === 'ready')
        set({
          data: { ...data, story, geo },
          storySource: source,
          selection: null,
          date: null,
          notice: null,
          report: null,
        });
    },
    reported: (report) => set({ report }),
    openingChanged: (opening) => set({ opening }),
    troubled: (message) => {
      if (!get().troubles.includes(message)) set({ troubles: [...get().troubles, message] });
    },
    // A view from a link: anything it names that the story lacks falls back to the default view, with a notice.
    applyView: (view) => {
      const { data } = get();
      if (data.status !== 'ready') return;
      const unknown: LinkNotice['unknown'] = [];
      let selection = view.selection;
      if (selection && !findElement(data.story, selection)) {
        unknown.push(selection);
        selection = null;
      }
      const { date, badDate, unknownOutline } = dateOfView(data.story, view);
      if (unknownOutline !== null) unknown.push({ kind: 'outline', id: unknownOutline });
      const notice = unknown.length > 0 || badDate !== null ? { unknown, badDate } : null;
      set({ selection, date: storedDate(data, date), notice });
    },
  }));
}
