import { wakeList } from './wake-list';

/**
 * Whether the reviewer can actually see the panel. The console page is hostile: it cannot read
 * or script the docked panel, but it can fade the dock, lay a see-through layer over it, or
 * frame a panel of its own out of sight, and then steer the reviewer's clicks and keys into it
 * (clickjacking). Chromium's IntersectionObserver v2 (`trackVisibility`) reports whether an
 * element is drawn unobscured and undistorted, across frames; a decision made while the panel
 * was not in plain sight is refused, with a message, and nothing is sent.
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
  /**
   * Since when (performance.now() time) the element has been seen without a break, as far as
   * the browser has reported; undefined while it is not seen; `untracked` where it cannot tell.
   */
  seenSince(): number | undefined | 'untracked';
  stop(): void;
}

export const NOT_SEEN_MESSAGE =
  'the Caselight panel was not in plain sight (the console page is covering or fading it, or it had only just appeared), so this may not have been meant for it. Make sure the panel is fully visible, then try again.';

/** The shortest delay `trackVisibility` allows; visibility is costly to compute. */
export const VISIBILITY_DELAY_MS = 100;

/** Not yet in TypeScript's DOM types (Chromium-only so far). */
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

export function watchSight(element: Element): SightWatch {
  const Entry = globalThis.IntersectionObserverEntry;
  if (!globalThis.IntersectionObserver || !Entry || !('isVisible' in Entry.prototype)) {
    return {
      current: () => 'untracked',
      settled: async () => 'untracked',
      seenSince: () => 'untracked',
      stop() {},
    };
  }
  let sight: Sight = 'pending';
  /** When the element last came into sight (entries that repeat the state do not move it). */
  let seenFrom = 0;
  const current = () => sight;
  const waiting = wakeList(current);
  const options: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries as VisibilityEntry[]) {
      const next = entry.isVisible ? 'seen' : 'unseen';
      if (next === 'seen' && sight !== 'seen') seenFrom = entry.time;
      sight = next;
    }
    waiting.wakeAll();
  }, options);
  observer.observe(element);
  return {
    current,
    settled: (timeoutMs) =>
      current() !== 'pending' ? Promise.resolve(current()) : waiting.wait(timeoutMs),
    seenSince: () => (sight === 'seen' ? seenFrom : undefined),
    stop: () => {
      observer.disconnect();
      waiting.wakeAll();
    },
  };
}
