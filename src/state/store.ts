// One framework-free store for what the reader sees; React binds to it in ./useAppStore.
import { createStore } from 'zustand/vanilla';
import type { Story } from '../story/schema';
import type { StoryProblem } from '../story/integrity';
import type { GeoData } from '../geo/geoData';
import { findElement } from '../story/links';
import { isIsoDate } from '../time/dates';
import { dayOfOutline } from '../time/validity';
import { formatDate } from '../panels/format';
import { sameSelection, type Selection } from './selection';
import type { HashView } from './hash';

export type DataState =
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
  /** A polite message for the reader, e.g. about a link that names something unknown. */
  notice: string | null;
  /** Why a story the reader asked for (a link or a file) could not be opened; the current story stays. */
  report: StoryReport | null;
};

export type StoryReport = { title: string; problems: (StoryProblem & { line?: number })[] };

export type AppActions = {
  loaded: (story: Story, geo: GeoData) => void;
  failed: (title: string, problems: StoryProblem[]) => void;
  select: (selection: Selection) => void;
  chooseDate: (date: string | null, refining?: boolean) => void;
  applyView: (view: HashView) => void;
  dismissNotice: () => void;
  /** Shows another story in place of the current one, from its default view. */
  replaceStory: (story: Story) => void;
  reported: (report: StoryReport | null) => void;
};

export type AppStore = ReturnType<typeof createAppStore>;

function findOutline(story: Story, id: string) {
  return story.regions.flatMap((region) => region.outlines).find((outline) => outline.id === id);
}

/** The article's day is the default: it keeps no date of its own, so links to it stay short. */
function storedDate(data: DataState, date: string | null): string | null {
  return data.status === 'ready' && date === data.story.article.eventDate ? null : date;
}

/** The day a link asks for (an older link names an outline instead), or what is wrong with it. */
function dateOfView(
  story: Story,
  view: HashView,
): { date: string | null; notice: string | null; unknownOutline: boolean } {
  if (view.date !== null) {
    if (isIsoDate(view.date)) return { date: view.date, notice: null, unknownOutline: false };
    const articleDay = formatDate(story.article.eventDate);
    return {
      date: null,
      notice: `This link’s date “${view.date}” is not a day written YYYY-MM-DD, so the map shows the article’s day, ${articleDay}.`,
      unknownOutline: false,
    };
  }
  const outline = view.outline === null ? undefined : findOutline(story, view.outline);
  return {
    date: outline ? dayOfOutline(outline, story.article.eventDate) : null,
    notice: null,
    unknownOutline: view.outline !== null && !outline,
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
    ...initial,
    loaded: (story, geo) => set({ data: { status: 'ready', story, geo } }),
    failed: (title, problems) => set({ data: { status: 'failed', title, problems } }),
    select: (selection) => {
      if (!sameSelection(selection, get().selection)) set({ selection, notice: null });
    },
    chooseDate: (date, refining = false) => {
      if (date === null || isIsoDate(date)) set({ date: storedDate(get().data, date), refining });
    },
    dismissNotice: () => set({ notice: null }),
    replaceStory: (story) => {
      const { data } = get();
      if (data.status === 'ready')
        set({ data: { ...data, story }, selection: null, date: null, notice: null, report: null });
    },
    reported: (report) => set({ report }),
    // A view from a link: anything it names that the story lacks falls back to the default view, with a notice.
    applyView: (view) => {
      const { data } = get();
      if (data.status !== 'ready') return;
      const problems: string[] = [];
      let selection = view.selection;
      if (selection && !findElement(data.story, selection)) {
        problems.push(`no ${selection.kind} called “${selection.id}”`);
        selection = null;
      }
      const { date, notice: dateNotice, unknownOutline } = dateOfView(data.story, view);
      if (unknownOutline) problems.push(`no outline called “${view.outline ?? ''}”`);
      const notices = [
        problems.length > 0
          ? `This link asks for ${problems.join(' and ')} in this story, so you are seeing the default view.`
          : null,
        dateNotice,
      ].filter((text) => text !== null);
      set({ selection, date: storedDate(data, date), notice: notices.length > 0 ? notices.join(' ') : null });
    },
  }));
}
