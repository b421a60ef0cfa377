// The default story as the build emitted it (vite-plugins/defaultStory.ts); a dev server names the public file, unchecked.
declare module 'virtual:default-story' {
  export const DEFAULT_STORY: { url: string; checkedId: string | null };
}
