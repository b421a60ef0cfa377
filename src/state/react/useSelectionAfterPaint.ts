// The reader's selection as the slower parts of the page take it: once the frame that answers the pick (its chosen row)
// has painted. Neither the panel's card nor the map renders in the pick's own task, so a slow phone paints the answer
// to a tap first; the card then renders at once ('next'), the map a frame later as a transition that a newer pick
// interrupts.
import { startTransition, useContext, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Selection } from '../../story/selection';
import { afterNextPaint } from '../../ui/afterNextPaint';
import { useFirstView } from '../../ui/useFirstView';
import { AppStoreContext } from './useAppStore';

export function useSelectionAfterPaint(priority: 'next' | 'transition'): Selection {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useSelectionAfterPaint must be used inside <AppStoreContext.Provider>');
  const [shown, setShown] = useState(() => store.getState().selection);
  useEffect(() => {
    let cancel = () => {};
    // A newer pick before the frame replaces the older one, which is never rendered.
    const follow = (selection: Selection) => {
      cancel();
      if (priority === 'next') cancel = afterNextPaint(() => flushSync(() => setShown(selection)));
      // The map waits a frame more, so the card's frame carries neither its new scene nor what MapLibre then draws.
      else cancel = afterNextPaint(() => (cancel = afterNextPaint(() => startTransition(() => setShown(selection)))));
    };
    // Subscribed from here, not while rendering: a pick re-renders nothing here until after its frame.
    follow(store.getState().selection);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) follow(state.selection);
    });
    return () => {
      unsubscribe();
      cancel();
    };
  }, [store, priority]);
  // Taking over the page built at build time, the first render must match it: the store's first state, as useAppStore's
  // (zustand's server snapshot) does; React renders again with the reader's state straight after.
  return useFirstView() ? store.getInitialState().selection : shown;
}
