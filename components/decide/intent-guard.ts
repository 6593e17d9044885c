import { KEYS_NOT_GRANTED_MESSAGE, watchFocusGrant } from './focus-grant';
import { NOT_SEEN_MESSAGE, VISIBILITY_DELAY_MS, watchSight } from './seen-guard';

/**
 * A decision made in the panel's first moments waits this long for the browser's first
 * answer on visibility; with none by then it is refused rather than let through unchecked.
 */
const FIRST_SIGHT_MS = 2000;
/**
 * The panel must have been in plain sight this long before an action: a page that shows it
 * for an instant, or hides it just as the reviewer clicks, gets nothing.
 */
const SEEN_BEFORE_ACTION_MS = 300;
/** The browser reports a change up to one visibility delay late, plus a frame. */
const REPORT_LAG_MS = VISIBILITY_DELAY_MS + 50;
/** Alt+Shift+K's grant can be a moment behind the keys it grants. */
const GRANT_IN_FLIGHT_MS = 300;

export interface IntentGuard {
  /** Resolves when what the reviewer just did was meant for the panel; rejects with why not. */
  confirm(): Promise<void>;
  stop(): void;
}

/**
 * Two things a hostile console can fake: the panel out of sight under a click (`seen-guard.ts`),
 * and the keyboard moved into a panel frame under the reviewer's typing (`focus-grant.ts`).
 * Sight is judged on the panel's whole page, not the form: a reviewer deciding by keyboard need
 * not have the form scrolled into view, and the panel's own overlays (the tour) are part of
 * that page, so only what the console does to the frame counts.
 */
export function intentGuard(win: Window): IntentGuard {
  const sight = watchSight(win.document.documentElement);
  const keys = watchFocusGrant(win);
  return {
    async confirm() {
      const actionAt = win.performance.now();
      // A change just before the action may not be reported yet: wait for it to be.
      await Promise.all([
        sight.settled(FIRST_SIGHT_MS),
        new Promise((resolve) => setTimeout(resolve, REPORT_LAG_MS)),
      ]);
      if (!sight.seenThroughout(actionAt - SEEN_BEFORE_ACTION_MS, actionAt))
        throw new Error(NOT_SEEN_MESSAGE);
      if (!(await keys.settled(GRANT_IN_FLIGHT_MS))) throw new Error(KEYS_NOT_GRANTED_MESSAGE);
    },
    stop() {
      sight.stop();
      keys.stop();
    },
  };
}

let panelGuard: IntentGuard | undefined;

/**
 * The panel page's one guard, started as the page loads (its entrypoint): a grant sent before
 * the decision form exists is not missed, the sight before the first action is known, and
 * setting up the watch costs the case's first render nothing.
 */
export function startPanelIntentGuard(): IntentGuard {
  return (panelGuard ??= intentGuard(window));
}

export const confirmPanelIntent = () => startPanelIntentGuard().confirm();
