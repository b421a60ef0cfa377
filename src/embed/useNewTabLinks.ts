// Links that open a new tab ("Open the full map", sources), inside a frame that may forbid popups (a page's own
// sandbox without allow-popups). The browser then drops the click silently: open the tab ourselves, and when the
// browser refuses, say so and hand the reader the address.
import { useCallback, useState, type MouseEvent } from 'react';

export function useNewTabLinks(): { blocked: string | null; onClick: (event: MouseEvent<HTMLElement>) => void } {
  const [blocked, setBlocked] = useState<string | null>(null);
  const onClick = useCallback((event: MouseEvent<HTMLElement>) => {
    // A modified click (a new window, a background tab) is the reader's own choice: leave it to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest('a[target="_blank"]') : null;
    if (!(target instanceof HTMLAnchorElement) || !/^https?:$/.test(target.protocol)) return;
    event.preventDefault();
    const opened = window.open(target.href, '_blank');
    // As rel="noopener" would: the new page gets no handle on this one.
    if (opened) opened.opener = null;
    setBlocked(opened ? null : target.href);
  }, []);
  return { blocked, onClick };
}
