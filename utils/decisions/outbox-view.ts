import type { OutboxEntry } from './outbox-entry';
import { viewEntries } from './outbox-store';
import { outboxViewStorage } from './outbox-view-storage';

const MAX_SHOWN = 300;
/** A draining queue changes many times a second: publish at most this often… */
export const VIEW_THROTTLE_MS = 250;
/**
 * …and this often while a big drain is under way: each publication sends up to 300 entries
 * to every open panel, time the drain's own work waits for. Its end is published promptly.
 */
export const VIEW_DRAIN_THROTTLE_MS = 1000;

let timer: ReturnType<typeof setTimeout> | undefined;
let timerDueAt = 0;
let publishing = false;
let stale = false;

/**
 * Panels show an entry's state, never the case text a decision may carry for a team that keeps
 * case snapshots: up to 300 entries of it would not fit in `storage.session` (10 MB).
 */
function withoutCaseText(entry: OutboxEntry): OutboxEntry {
  const record = entry.decision.caseRecord;
  if (!record?.items) return entry;
  const { items: _items, ...rest } = record;
  return { ...entry, decision: { ...entry.decision, caseRecord: rest } };
}

async function publishNow(): Promise<void> {
  const { entries, unreadable } = await viewEntries();
  const shown = entries
    .filter((e) => e.state !== 'delivered')
    .concat(entries.filter((e) => e.state === 'delivered').slice(-50));
  await outboxViewStorage.setValue({
    entries: shown.slice(-MAX_SHOWN).map(withoutCaseText),
    unreadable,
    at: Date.now(),
  });
}

function schedule(delayMs: number): void {
  const dueAt = Date.now() + delayMs;
  if (timer !== undefined && timerDueAt <= dueAt) return;
  clearTimeout(timer);
  timerDueAt = dueAt;
  timer = setTimeout(() => {
    timer = undefined;
    // One publication at a time, so an older snapshot can never overwrite a newer one.
    if (publishing) return;
    publishing = true;
    stale = false;
    void publishNow()
      .catch((error: unknown) => console.warn('[caselight] publishing the outbox view', error))
      .finally(() => {
        publishing = false;
        if (stale) schedule(VIEW_THROTTLE_MS);
      });
  }, delayMs);
}

/** Publishes the outbox after at most `delayMs`, coalescing the requests made meanwhile. */
export function publishOutboxView(delayMs = VIEW_THROTTLE_MS): void {
  stale = true;
  schedule(delayMs);
}
