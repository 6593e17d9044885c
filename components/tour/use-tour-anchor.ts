import { useEffect, useState } from 'react';

/** Styled in assets/tailwind.css. An attribute, not classes: React rewrites `className`. */
export const ACTIVE_ANCHOR = 'data-tour-active';

/**
 * Marks the panel region a step explains and scrolls it into view; returns whether it is there.
 * Regions come and go while a step is shown (scores arrive after the case, the outbox list only
 * once something is submitted), so it keeps looking until the step changes.
 */
export function useTourAnchor(anchor: string): boolean {
  const [found, setFound] = useState(false);
  useEffect(() => {
    let current: Element | null = null;
    const mark = () => {
      const next = document.querySelector(`[data-tour="${anchor}"]`);
      setFound(next !== null);
      if (next === current) return;
      current?.removeAttribute(ACTIVE_ANCHOR);
      current = next;
      if (!next) return;
      next.setAttribute(ACTIVE_ANCHOR, '');
      // Top of the region at the top: the tour's card sits at the bottom of the panel. Only the
      // panel's own scroller moves (where `container` is known), never the console around it.
      next.scrollIntoView?.({ block: 'start', container: 'nearest' } as ScrollIntoViewOptions);
    };
    mark();
    // Child lists only: marking the anchor is an attribute change and must not re-trigger this.
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      current?.removeAttribute(ACTIVE_ANCHOR);
    };
  }, [anchor]);
  return found;
}
