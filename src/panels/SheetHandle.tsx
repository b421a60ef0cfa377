// The bottom sheet's handle on phones: a real button (tap or Enter toggles it) that can also be dragged.
import type { useSheet } from './useSheet';
import type { SheetState } from './sheet';

type Props = { state: SheetState; controls: string; handle: ReturnType<typeof useSheet>['handle'] };

export function SheetHandle({ state, controls, handle }: Props) {
  const open = state !== 'closed';
  return (
    <div className="sheet-bar">
      <button type="button" className="sheet-handle" aria-expanded={open} aria-controls={controls} {...handle}>
        <span className="sheet-handle__grip" aria-hidden="true" />
        {open ? 'Hide the story panel' : 'Show the story panel'}
      </button>
    </div>
  );
}
