import { abortableSleep } from '../../utils/time/abortable-sleep';
import { KEYS_NOT_GRANTED_MESSAGE, watchFocusGrant } from './focus-grant';
import { NOT_SEEN_MESSAGE, VISIBILITY_DELAY_MS, watchSight } from './seen-guard';

/**
 * A decision made in the panel's first moments waits this long for the browser's first
 * answer on visibility; with none by then it is refused rather than let through unchecked.
 */
const FIRST_SIGHT_MS = 2000;
/**
 * The panel must be in plain sight this long, without a break, for an action in it to count:
 * a page that shows it for an instant under the reviewer's click, or hides it just as they
 * click, gets nothing. An action in the first moments after it came into sight (a fast
 * keyboard reviewer on a freshly loaded case) waits out the rest, then counts if it stayed.
 */
const IN_SIGHT_MS = 300;
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
      // A sight change just before the action may not be reported yet, and Alt+Shift+K's
      // grant may still be on its way: wait for both, at once.
      const [, , granted] = await Promise.all([
        sight.settled(FIRST_SIGHT_MS),
        abortableSleep(REPORT_LAG_MS),
        keys.settled(GRANT_IN_FLIGHT_MS),
      ]);
      const since = sight.seenSince();
      if (since !== 'untracked') {
        // Out of sight now, or it came (back) into sight only after the action.
        if (since === undefined || since > actionAt) throw new Error(NOT_SEEN_MESSAGE);
        if (since > actionAt - IN_SIGHT_MS) {
          await abortableSleep(since + IN_SIGHT_MS + REPORT_LAG_MS - win.performance.now());
          if (sight.seenSince() !== since) throw new Error(NOT_SEEN_MESSAGE);
        }
      }
      if (!granted) throw new Error(KEYS_NOT_GRANTED_MESSAGE);
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
