// Moves the keyboard to a field once React has drawn it (a claim just made, a problem picked in the list).
import { REVEAL_EVENT } from './openItems';

/** The field with this path, or the nearest one above it that is shown (a problem about a whole item). */
function fieldFor(path: string): HTMLElement | null {
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const key = parts.join('.');
    const field = document.querySelector<HTMLElement>(
      `[data-path="${CSS.escape(key)}"], [data-item="${CSS.escape(key)}"]`,
    );
    if (field) return field;
  }
  return null;
}

export function focusField(path: string, frames = 10): void {
  // Open its item first (./openItems.ts): a closed item has no fields.
  if (frames === 10) window.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail: path }));
  requestAnimationFrame(() => {
    const field = fieldFor(path);
    if (!field && frames > 0) {
      focusField(path, frames - 1);
      return;
    }
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    const target = field.matches('input, textarea, select, button')
      ? field
      : field.querySelector<HTMLElement>('input, textarea, select, button');
    (target ?? field).focus({ preventScroll: true });
  });
}
