// Whether React is rendering the first view: at build time, and while it takes the built page over (hydration), when a
// render must match the built markup. False on every render after that, and from the start on a page the browser builds.
import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

export const useFirstView = (): boolean =>
  useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
