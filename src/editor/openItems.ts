// Which items of the draft show their fields. A long story (the Karabakh example has 60 sources and 40 claims) would
// otherwise put thousands of fields on the page, each drawn again at every keystroke: items start closed, and open
// when added, when clicked, or when a problem or a pick leads to them.
import { createContext, useContext } from 'react';

export type OpenItems = { isOpen: (item: string) => boolean; setOpen: (item: string, open: boolean) => void };

export const OpenItemsContext = createContext<OpenItems>({ isOpen: () => true, setOpen: () => undefined });
export const useOpenItems = () => useContext(OpenItemsContext);

/** The item a field belongs to: `claims.3` for `claims.3.checks.0.text`; null for a field of no item. */
export function itemOf(path: string): string | null {
  const [list, index] = path.split('.');
  return list !== undefined && index !== undefined && /^\d+$/.test(index) ? `${list}.${index}` : null;
}

/** Asks the editor to open the item a field belongs to (./focusField.ts, before it moves the keyboard there). */
export const REVEAL_EVENT = 'editor:reveal';
