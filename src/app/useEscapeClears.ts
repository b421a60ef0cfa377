// Escape clears the selection from anywhere on the page, the way it closes a dialog.
import { useEffect } from 'react';
import { useAppStore } from '../state/react/useAppStore';

export function useEscapeClears() {
  const hasSelection = useAppStore((state) => state.selection !== null);
  const select = useAppStore((state) => state.select);
  useEffect(() => {
    if (!hasSelection) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      select(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [hasSelection, select]);
}
