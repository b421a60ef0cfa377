// Today, as the date control counts to it. The build renders its own day into the first view and names it on <html>
// (data-built-on, written by vite-plugins/firstView.ts); the page is taken over on that day and moves on to the reader's
// right after. A page built yesterday would otherwise not match its markup, and React would throw the first view away.
import { useSyncExternalStore } from 'react';
import { isoToday } from '../time/dates';

const BUILT_ON_ATTRIBUTE = 'data-built-on';
const unchanging = () => () => undefined;
const builtOn = () =>
  (typeof document === 'undefined' ? null : document.documentElement.getAttribute(BUILT_ON_ATTRIBUTE)) ?? isoToday();

/** Today (UTC, YYYY-MM-DD); while the first view is taken over, the day it was built. */
export function useToday(): string {
  return useSyncExternalStore(unchanging, isoToday, builtOn);
}
