import { wakeList } from './wake-list';

/**
 * Whether the reviewer can actually see the decision controls. The console page is hostile: it
 * cannot read or script the docked panel, but it can fade the dock, lay a see-through layer over
 * it, or frame a second panel out of sight, and then steer the reviewer's clicks and keys into
 * it (clickjacking). Chromium's IntersectionObserver v2 (`trackVisibility`) reports whether an
 * element is drawn unobscured and undistorted, across frames; a decision made while the panel
 * is not seen is refused, with a message, and nothing is sent.
 */
export type Sight =
  /** Drawn unobscured, full opacity, no filter: the reviewer sees what they act on. */
  | 'seen'
  /** Covered (even by something transparent), faded, filtered, or scrolled away. */
  | 'unseen'
  /** Watching, with no answer yet. */
  | 'pending'
  /** The browser cannot tell (Firefox has no `trackVisibility`): nothing is refused. */
  | 'untracked';

export interface SightWatch {
  current(): Sight;
  /** The sight once known, or `pending` if no answer came within `timeoutMs`. */
  settled(timeoutMs: number): Promise<Sight>;
  stop(): void;
}

export const NOT_SEEN_MESSAGE =
  'the console page is covering or fading the Caselight panel, so this may not have been meant for it. Make the panel fully visible, then try again.';

/** The shortest delay `trackVisibility` allows; visibility is costly to compute. */
const VISIBILITY_DELAY_MS = 100;

/** Not yet in TypeScript's DOM types (Chromium-only so far). */
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

export function watchSight(element: Element): SightWatch {
  const Entry = globalThis.IntersectionObserverEntry;
  if (!globalThis.IntersectionObserver || !Entry || !('isVisible' in Entry.prototype)) {
    return { current: () => 'untracked', settled: async () => 'untracked', stop() {} };
  }
  let sight: Sight = 'pending';
  const waiting = wakeList(() => sight);
  const options: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
  const observer = new IntersectionObserver((entries) => {
    sight = (entries.at(-1) as VisibilityEntry).isVisible ? 'seen' : 'unseen';
    waiting.wakeAll();
  }, options);
  observer.observe(element);
  return {
    current: () => sight,
    settled: (timeoutMs) =>
      sight !== 'pending' ? Promise.resolve(sight) : waiting.wait(timeoutMs),
    stop: () => {
      observer.disconnect();
      waiting.wakeAll();
    },
  };
}
