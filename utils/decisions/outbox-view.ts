import { storage } from 'wxt/utils/storage';
import type { OutboxEntry } from './outbox-entry';
import { listEntries } from './outbox-store';

/**
 * What panels show of the outbox, mirrored into session storage by the background so every
 * panel sees delivery states change without asking. The outbox itself stays in IndexedDB.
 */
export interface OutboxView {
  entries: OutboxEntry[];
  unreadable: string[];
  at: number;
}

export const outboxViewStorage = storage.defineItem<OutboxView | null>('session:outboxView', {
  fallback: null,
});

const MAX_SHOWN = 300;
const THROTTLE_MS = 250;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Publishes the outbox, at most every 250 ms: a draining queue changes many times a second. */
export function publishOutboxView(): void {
  timer ??= setTimeout(() => {
    timer = undefined;
    void listEntries().then(({ entries, unreadable }) => {
      const shown = entries
        .filter((e) => e.state !== 'delivered')
        .concat(entries.filter((e) => e.state === 'delivered').slice(-50));
      return outboxViewStorage.setValue({
        entries: shown.slice(-MAX_SHOWN),
        unreadable,
        at: Date.now(),
      });
    });
  }, THROTTLE_MS);
}
