import { useCallback, useEffect, useRef } from 'react';
import { NOT_SEEN_MESSAGE, watchSight, type SightWatch } from './seen-guard';

/**
 * A decision made in the panel's first moments waits this long for the browser's first
 * answer; with none by then it is refused rather than let through unchecked.
 */
const FIRST_ANSWER_MS = 2000;

/**
 * Returns `confirmSeen`: resolves when the reviewer can see the panel (or the browser cannot
 * tell), rejects with the reason otherwise. It watches the panel's whole page, not the form: a
 * reviewer deciding by keyboard need not have the form scrolled into view, and the panel's own
 * overlays (the tour) are part of that page, so only what the console does to the frame counts.
 */
export function useSeenGuard(): () => Promise<void> {
  const watch = useRef<SightWatch | undefined>(undefined);
  useEffect(() => {
    const watching = watchSight(document.documentElement);
    watch.current = watching;
    return () => {
      watching.stop();
      watch.current = undefined;
    };
  }, []);
  return useCallback(async () => {
    const sight = (await watch.current?.settled(FIRST_ANSWER_MS)) ?? 'pending';
    if (sight !== 'seen' && sight !== 'untracked') throw new Error(NOT_SEEN_MESSAGE);
  }, []);
}
