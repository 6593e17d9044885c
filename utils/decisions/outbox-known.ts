import type { OutboxEntry } from './outbox-entry';

/**
 * The last known state of every outbox entry, as this worker last read or wrote it, so the
 * outbox view can be published without reading the whole store again: during a drain those
 * reads held up the drain's own writes. Only the background writes the outbox, and every
 * write goes through `outbox-store.ts`, which updates this after the write commits.
 * Delivery never decides anything from it; queue state is read from IndexedDB. Empty after
 * the worker starts, until the first full read.
 */
let known: Map<string, OutboxEntry> | undefined;
let knownUnreadable: string[] = [];

export interface OutboxSnapshot {
  entries: OutboxEntry[];
  unreadable: string[];
}

/** After a full read: that read is the truth. */
export function knowAll({ entries, unreadable }: OutboxSnapshot): void {
  known = new Map(entries.map((e) => [e.decision.id, e]));
  knownUnreadable = unreadable;
}

/** After a committed write of these entries. */
export function knowWritten(entries: readonly OutboxEntry[]): void {
  for (const entry of entries) known?.set(entry.decision.id, entry);
}

/** After a committed delete of these ids. */
export function knowDeleted(ids: readonly string[]): void {
  for (const id of ids) known?.delete(id);
}

/** Every known entry, oldest first, or undefined before the first full read. */
export function knownSnapshot(): OutboxSnapshot | undefined {
  if (!known) return undefined;
  const entries = [...known.values()].toSorted((a, b) => a.createdAt - b.createdAt);
  return { entries, unreadable: knownUnreadable };
}

/** Forget everything (tests that wipe the database underneath). */
export function forgetKnown(): void {
  known = undefined;
  knownUnreadable = [];
}
