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
   * Whether the element was seen all through `[from, to]` (performance.now() times), as far as
   * the browser has reported; `untracked` where it cannot tell.
   */
  seenThroughout(from: number, to: number): boolean | 'untracked';
  stop(): void;
}

export const NOT_SEEN_MESSAGE =
  'the Caselight panel was not in plain sight (the console page is covering or fading it, or it had only just appeared), so this may not have been meant for it. Make sure the panel is fully visible, then try again.';

/** The shortest delay `trackVisibility` allows; visibility is costly to compute. */
export const VISIBILITY_DELAY_MS = 100;

/** Not yet in TypeScript's DOM types (Chromium-only so far). */
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

/** Changes, oldest first; a few are plenty to cover the moments before an action. */
const KEPT_CHANGES = 16;

export function watchSight(element: Element): SightWatch {
  const Entry = globalThis.IntersectionObserverEntry;
  if (!globalThis.IntersectionObserver || !Entry || !('isVisible' in Entry.prototype)) {
    return {
      current: () => 'untracked',
      settled: async () => 'untracked',
      seenThroughout: () => 'untracked',
      stop() {},
    };
  }
  const changes: { at: number; seen: boolean }[] = [];
  const current = (): Sight => {
    const last = changes.at(-1);
    return last ? (last.seen ? 'seen' : 'unseen') : 'pending';
  };
  const waiting = wakeList(current);
  const options: VisibilityInit = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries as VisibilityEntry[]) {
      changes.push({ at: entry.time, seen: entry.isVisible });
    }
    changes.splice(0, Math.max(0, changes.length - KEPT_CHANGES));
    waiting.wakeAll();
  }, options);
  observer.observe(element);
  return {
    current,
    settled: (timeoutMs) =>
      current() !== 'pending' ? Promise.resolve(current()) : waiting.wait(timeoutMs),
    seenThroughout(from, to) {
      // The state at `from` is the last change before it; none may say "unseen" until `to`.
      const before = changes.findLast((c) => c.at <= from);
      const during = changes.filter((c) => c.at > from && c.at <= to);
      return before?.seen === true && during.every((c) => c.seen) && current() === 'seen';
    },
    stop: () => {
      observer.disconnect();
      waiting.wakeAll();
    },
  };
}
