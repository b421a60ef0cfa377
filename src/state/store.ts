// One framework-free store for what the reader sees; React binds to it in ./useAppStore.
import { createStore } from 'zustand/vanilla';
import type { Story } from '../story/schema';
import type { StoryProblem } from '../story/integrity';
import type { GeoData } from '../geo/geoData';
import { findElement } from '../story/links';
import { sameSelection, type Selection } from './selection';
import type { HashView } from './hash';

export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; story: Story; geo: GeoData }
  | { status: 'failed'; title: string; problems: StoryProblem[] };

export type AppState = {
  data: DataState;
  selection: Selection;
  /** Outline variant the reader picked (e.g. "post-2020"); null means each region's default. */
  outline: string | null;
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
  chooseOutline: (outline: string | null) => void;
  applyView: (view: HashView) => void;
  dismissNotice: () => void;
  /** Shows another story in place of the current one, from its default view. */
  replaceStory: (story: Story) => void;
  reported: (report: StoryReport | null) => void;
};

export type AppStore = ReturnType<typeof createAppStore>;

function outlineExists(story: Story, outline: string): boolean {
  return story.regions.some((region) => region.outlines.some((candidate) => candidate.id === outline));
}

export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState & AppActions>()((set, get) => ({
    data: { status: 'loading' },
    selection: null,
    outline: null,
    notice: null,
    report: null,
    ...initial,
    loaded: (story, geo) => set({ data: { status: 'ready', story, geo } }),
    failed: (title, problems) => set({ data: { status: 'failed', title, problems } }),
    select: (selection) => {
      if (!sameSelection(selection, get().selection)) set({ selection, notice: null });
    },
    chooseOutline: (outline) => set({ outline }),
    dismissNotice: () => set({ notice: null }),
    replaceStory: (story) => {
      const { data } = get();
      if (data.status === 'ready') set({ data: { ...data, story }, selection: null, outline: null, notice: null, report: null });
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
      let outline = view.outline;
      if (outline !== null && !outlineExists(data.story, outline)) {
        problems.push(`no outline called “${outline}”`);
        outline = null;
      }
      const notice =
        problems.length > 0
          ? `This link asks for ${problems.join(' and ')} in this story, so you are seeing the default view.`
          : null;
      set({ selection, outline, notice });
    },
  }));
}
