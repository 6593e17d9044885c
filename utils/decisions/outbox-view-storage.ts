import { storage } from 'wxt/utils/storage';
import type { OutboxEntry } from './outbox-entry';

/**
 * What panels show of the outbox, mirrored into session storage by the background
 * (`outbox-view.ts`) so every panel sees delivery states change without asking. The outbox
 * itself stays in IndexedDB. Panels read it as is: only the background writes it.
 */
export interface OutboxView {
  entries: OutboxEntry[];
  unreadable: string[];
  at: number;
}

export const outboxViewStorage = storage.defineItem<OutboxView | null>('session:outboxView', {
  fallback: null,
});
