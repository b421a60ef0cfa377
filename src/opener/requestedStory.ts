// `?story=ADDRESS` opens another story in place of the default, before the URL's #view is applied to it.
import type { AppStore } from '../state/store';

export async function openRequestedStory(store: AppStore, search: string = window.location.search): Promise<void> {
  const requested = new URLSearchParams(search).get('story');
  const { data } = store.getState();
  if (requested === null || data.status !== 'ready') return;
  const { openStoryAddress } = await import('./openStory');
  const result = await openStoryAddress(requested, data.geo.regions);
  if (result.ok) store.getState().replaceStory(result.story);
  else store.getState().reported(result.report);
}
