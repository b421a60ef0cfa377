// A polite live region: screen readers hear what was selected, wherever the selection came from (list, map, link, key).
import { useEffect, useRef, useState } from 'react';
import { describeSelection } from '../story/describe';
import type { Story } from '../story/model/schema';
import { useAppStore } from '../state/react/useAppStore';

export function Announcer({ story }: { story: Story }) {
  const selection = useAppStore((state) => state.selection);
  const [message, setMessage] = useState('');
  const firstRender = useRef(true);
  useEffect(() => {
    // The opening view is the page itself, not a change: announce only what follows.
    if (firstRender.current && selection === null) {
      firstRender.current = false;
      return;
    }
    firstRender.current = false;
    setMessage(describeSelection(story, selection));
  }, [story, selection]);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </p>
  );
}
