// Keeps keyboard focus in the panel when a selection change removes the focused control (a chip, the back button, a card).
import { useEffect, useRef, type RefObject } from 'react';
import type { Selection } from '../story/selection';
import { CARD_TITLE_ID } from './CardHeading';

function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** Where focus goes: the new card's heading; after a clear, the list item of what was selected, else the panel's title. */
function focusTarget(panel: HTMLElement, selection: Selection, previous: Selection): HTMLElement | null {
  if (selection) return panel.querySelector<HTMLElement>(`#${CARD_TITLE_ID}`);
  if (previous?.kind === 'claim') return panel.querySelector<HTMLElement>(`[data-claim="${CSS.escape(previous.id)}"]`);
  if (previous) return panel.querySelector<HTMLElement>(`[data-index="${previous.kind}:${CSS.escape(previous.id)}"]`);
  return null;
}

export function useKeepFocus(
  panel: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
  selection: Selection,
) {
  const previous = useRef<Selection>(selection);
  // Only focus that was in the panel is kept there: a link opened on a card must not pull focus on load.
  const focusWasInPanel = useRef(false);
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const onFocusIn = () => (focusWasInPanel.current = true);
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !element.contains(event.relatedTarget))
        focusWasInPanel.current = false;
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [panel]);

  useEffect(() => {
    const before = previous.current;
    previous.current = selection;
    if (!panel.current || !focusWasInPanel.current || !focusIsLost()) return;
    const target = focusTarget(panel.current, selection, before) ?? fallback.current;
    target?.focus();
  }, [panel, fallback, selection]);
}
