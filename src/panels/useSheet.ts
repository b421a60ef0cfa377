// The bottom sheet's state on phones: a handle to tap or drag, and opening halfway when something is selected.
import { useRef, useState, type FocusEvent, type PointerEvent } from 'react';
import type { Selection } from '../story/selection';
import { DRAG_THRESHOLD_PX, draggedHeight, restingState, toggledState, type SheetState } from './sheet';

type Drag = { pointerId: number; startY: number; startHeight: number; moved: boolean };

export function useSheet(selection: Selection) {
  const [state, setState] = useState<SheetState>('half');
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const drag = useRef<Drag | null>(null);
  const justDragged = useRef(false);

  // A pick on the map opens a closed sheet, or the reader would not see its card: adjusted while rendering the new
  // selection, so the sheet never paints closed first.
  const [shownSelection, setShownSelection] = useState(selection);
  if (selection !== shownSelection) {
    setShownSelection(selection);
    if (selection && state === 'closed') setState('half');
  }

  const handle = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      const sheet = event.currentTarget.closest('.panel');
      if (!(sheet instanceof HTMLElement)) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = {
        pointerId: event.pointerId,
        startY: event.clientY,
        startHeight: sheet.getBoundingClientRect().height,
        moved: false,
      };
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      const deltaY = event.clientY - current.startY;
      if (!current.moved && Math.abs(deltaY) < DRAG_THRESHOLD_PX) return;
      current.moved = true;
      setDragHeight(draggedHeight(current.startHeight, deltaY, window.innerHeight));
    },
    onPointerUp(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      drag.current = null;
      if (!current?.moved) return;
      justDragged.current = true;
      setState(
        restingState(
          draggedHeight(current.startHeight, event.clientY - current.startY, window.innerHeight),
          window.innerHeight,
        ),
      );
      setDragHeight(null);
    },
    onPointerCancel() {
      drag.current = null;
      setDragHeight(null);
    },
    onClick() {
      // The click that ends a drag is not a tap.
      if (justDragged.current) {
        justDragged.current = false;
        return;
      }
      setState(toggledState);
    },
  };

  // Tabbing into a closed sheet opens it: keyboard readers never land on hidden controls.
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (state === 'closed' && !(event.target instanceof HTMLElement && event.target.closest('.sheet-bar')))
      setState('half');
  };

  return { state, dragHeight, handle, onFocus };
}
