import { useCallback, useEffect, useRef } from 'react';
import { KEYS_NOT_GRANTED_MESSAGE, panelFocusGrant } from './focus-grant';
import { NOT_SEEN_MESSAGE, watchSight, type SightWatch } from './seen-guard';

/**
 * A decision made in the panel's first moments waits this long for the browser's first
 * answer on visibility; with none by then it is refused rather than let through unchecked.
 */
const FIRST_SIGHT_MS = 2000;
/** Alt+Shift+K's grant can be a moment behind the keys it grants. */
const GRANT_IN_FLIGHT_MS = 300;

/**
 * Returns `confirmIntent`: resolves when what the reviewer just did in the panel was meant for
 * it, rejects with the reason otherwise. Two things a hostile console can fake: the panel out
 * of sight under a click (`seen-guard.ts`), and the keyboard moved into the panel under the
 * reviewer's typing (`focus-grant.ts`). Sight is judged on the panel's whole page, not the form:
 * a reviewer deciding by keyboard need not have the form scrolled into view, and the panel's
 * own overlays (the tour) are part of that page, so only what the console does to the frame
 * counts.
 */
export function useIntentGuard(): () => Promise<void> {
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
    const sight = (await watch.current?.settled(FIRST_SIGHT_MS)) ?? 'pending';
    if (sight !== 'seen' && sight !== 'untracked') throw new Error(NOT_SEEN_MESSAGE);
    if (!(await panelFocusGrant().settled(GRANT_IN_FLIGHT_MS)))
      throw new Error(KEYS_NOT_GRANTED_MESSAGE);
  }, []);
}
