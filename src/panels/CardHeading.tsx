// A card's heading: focusable by script (not by Tab), so focus can land on a new card when the old one disappears.
import type { ReactNode } from 'react';

export const CARD_TITLE_ID = 'card-title';

export function CardHeading({ children }: { children: ReactNode }) {
  return (
    <h3 id={CARD_TITLE_ID} tabIndex={-1}>
      {children}
    </h3>
  );
}
