import { z } from 'zod';
import { decisionSchema, recordedDecisionSchema } from './schema';
import { writebackSchema } from './writeback-state';

/**
 * One decision in the outbox and where its delivery stands. Versioned: an update of the
 * extension must read entries the previous version wrote, never strand or drop them.
 */
export const OUTBOX_ENTRY_VERSION = 2;

export const deliveryStateSchema = z.enum([
  'queued', // waiting for its turn (or its undo window, or a backoff)
  'sending', // a request is out; `leaseUntil` says when to consider it interrupted
  'delivered', // acknowledged by the case API
  'failed', // refused for good (400/422): shown with the server's reason, not retried
  'needs-sign-in', // 401/403 or no token: kept, retried once the reviewer signs in again
  'conflict', // another reviewer already decided the case: the reviewer chooses what to do
]);

export const outboxEntrySchema = z.object({
  v: z.literal(OUTBOX_ENTRY_VERSION),
  decision: decisionSchema,
  state: deliveryStateSchema,
  createdAt: z.number(),
  /** The undo window: nothing is sent before this time. */
  notBefore: z.number(),
  nextAttemptAt: z.number(),
  attempts: z.number().int().nonnegative(),
  leaseUntil: z.number().optional(),
  /** Which service-worker run holds the lease: a new run treats others' leases as orphaned. */
  leaseHolder: z.string().optional(),
  lastError: z
    .object({ status: z.number().optional(), message: z.string(), at: z.number() })
    .optional(),
  deliveredAt: z.number().optional(),
  recorded: recordedDecisionSchema.optional(),
  conflictWith: recordedDecisionSchema.optional(),
  /** The decision's other destinations: write-backs into the console's own system (v2). */
  writebacks: z.array(writebackSchema).default([]),
});

export type DeliveryState = z.infer<typeof deliveryStateSchema>;
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** Each step upgrades an entry written by one version to the next; none exist before v1. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 → v2: write-backs arrived; an older decision has none.
  1: (old) => ({ ...old, v: 2, writebacks: [] }),
};

/**
 * Reads a stored entry of any version. An entry that cannot be read is reported, never
 * deleted: it is somebody's decision.
 */
export function readEntry(raw: unknown): { entry: OutboxEntry } | { unreadable: string } {
  // Entries of the current version were validated when they were written by this code; full
  // parsing is for entries written by another version (and costs too much on every pass).
  if (isCurrent(raw)) return { entry: raw };
  let value = raw as Record<string, unknown>;
  let version = typeof value?.v === 'number' ? value.v : 0;
  while (version < OUTBOX_ENTRY_VERSION && migrations[version]) {
    value = migrations[version]!(value);
    version += 1;
  }
  const parsed = outboxEntrySchema.safeParse(value);
  if (parsed.success) return { entry: parsed.data };
  return {
    unreadable: `outbox entry v${String(raw && (raw as { v?: unknown }).v)}: ${parsed.error.issues[0]?.message}`,
  };
}

function isCurrent(raw: unknown): raw is OutboxEntry {
  const value = raw as Partial<OutboxEntry> | null;
  return (
    value?.v === OUTBOX_ENTRY_VERSION &&
    typeof value.decision?.id === 'string' &&
    typeof value.state === 'string' &&
    deliveryStateSchema.options.includes(value.state) &&
    Array.isArray(value.writebacks)
  );
}
