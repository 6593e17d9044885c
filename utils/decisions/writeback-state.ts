import { z } from 'zod';
import type { WritebackOutcome } from '../case/writer/run';
import { backoffMs } from '../http/retry-after';

/**
 * One decision's write-back into one console (a writer), as a destination of the outbox beside
 * the case API: its own state, attempts, backoff and lease, so "Case API ✓ · Redmine ✓ note
 * #123 · Zendesk retrying in 8 s: 503" is one entry. A write-back waits for the case API to
 * acknowledge the decision first: the decision record is the authority, and a decision it
 * refuses (another reviewer decided first) must not land a note on the ticket.
 */
export const writebackStateSchema = z.enum([
  'waiting', // for the case API to acknowledge the decision
  'queued',
  'sending',
  'delivered',
  'failed', // refused for good (404, 422…): kept in the audit log, retried only by hand
  'needs-sign-in', // 401/403 or no credentials: retried now and then, and once they are saved
  'cancelled', // a reversal came before it was sent: nothing goes out
  'skipped', // the writer has nothing to write for it (a reversal without a reversal plan)
  'discarded', // the reviewer dropped it after a failure (written to the audit log)
]);

export const writebackSchema = z.object({
  writerId: z.string(),
  /** Shown even after the writer is removed. */
  writerName: z.string(),
  state: writebackStateSchema,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number(),
  leaseUntil: z.number().optional(),
  leaseHolder: z.string().optional(),
  /** An attempt may have landed a write we never heard back about: look before re-sending. */
  uncertain: z.boolean(),
  progress: z.object({
    next: z.number().int().nonnegative(),
    captured: z.record(z.string(), z.unknown()),
  }),
  context: z.object({
    actionLabel: z.string(),
    policyTitles: z.array(z.string()),
    caseUrl: z.string().optional(),
    caseSubject: z.string().optional(),
  }),
  lastError: z
    .object({ status: z.number().optional(), message: z.string(), at: z.number() })
    .optional(),
  deliveredAt: z.number().optional(),
  /** What the console gave back, e.g. "note #123". */
  result: z.string().optional(),
});

export type WritebackState = z.infer<typeof writebackStateSchema>;
export type Writeback = z.infer<typeof writebackSchema>;

/** States a write-back stays in for good; the entry can go once all of them are here. */
const SETTLED = new Set<WritebackState>(['delivered', 'cancelled', 'skipped', 'discarded']);
export const isSettled = (writeback: Writeback) => SETTLED.has(writeback.state);

/** The least wait before looking up a write that got no clear answer. */
const UNCERTAIN_SETTLE_MS = 3000;

/** Waiting for a new sign-in: try again now and then, not in a tight loop. */
const SIGN_IN_RETRY_MS = 5 * 60_000;

/** Renewed after every request; a write-back is several requests of up to 20 s each. */
export const WRITEBACK_LEASE_MS = 90_000;
/**
 * How long a request of a worker that died may still be landing in the console: the browser
 * cancels it, but the console may be half-way through. Looking it up before then could miss
 * a note that is about to appear, and post it twice (seen in the fault test).
 */
export const ORPHAN_SETTLE_MS = 25_000;

/** When a write-back may be sent (again); undefined when nothing but a person will move it. */
export function writebackDueAt(writeback: Writeback, runId: string): number | undefined {
  if (writeback.state === 'sending') {
    const leaseUntil = writeback.leaseUntil ?? 0;
    if (writeback.leaseHolder === runId) return leaseUntil;
    return leaseUntil - WRITEBACK_LEASE_MS + ORPHAN_SETTLE_MS;
  }
  if (writeback.state === 'queued' || writeback.state === 'needs-sign-in')
    return writeback.nextAttemptAt;
  return undefined;
}

export function writebackDue(writeback: Writeback, now: number, runId: string): boolean {
  const at = writebackDueAt(writeback, runId);
  return at !== undefined && at <= now;
}

/** The case API acknowledged the decision: its write-backs may go. */
export function releaseWritebacks(writebacks: Writeback[], now: number): Writeback[] {
  return writebacks.map((w) =>
    w.state === 'waiting' ? { ...w, state: 'queued', nextAttemptAt: now } : w,
  );
}

/** The next state of a write-back after an attempt. */
export function applyWritebackOutcome(
  writeback: Writeback,
  outcome: WritebackOutcome,
  now: number,
  random = Math.random,
): Writeback {
  const base = { ...writeback, leaseUntil: undefined, leaseHolder: undefined };
  switch (outcome.kind) {
    case 'delivered':
      return {
        ...base,
        state: 'delivered',
        deliveredAt: now,
        result: outcome.result,
        progress: outcome.progress,
        lastError: undefined,
        uncertain: false,
      };
    case 'skipped':
      return {
        ...base,
        state: 'skipped',
        result: outcome.result,
        lastError: undefined,
        uncertain: false,
      };
    case 'retry': {
      // A write with no clear answer may still be landing: let it settle before the look-up.
      const backoff = backoffMs(writeback.attempts, { serverMs: outcome.serverWaitMs, random });
      const wait = outcome.uncertain ? Math.max(backoff, UNCERTAIN_SETTLE_MS) : backoff;
      const lastError = { status: outcome.status, message: outcome.message, at: now };
      return {
        ...base,
        state: 'queued',
        nextAttemptAt: now + wait,
        lastError,
        progress: outcome.progress,
        uncertain: outcome.uncertain,
      };
    }
    case 'failed':
      return {
        ...base,
        state: 'failed',
        progress: outcome.progress,
        uncertain: outcome.uncertain,
        lastError: { status: outcome.status, message: outcome.message, at: now },
      };
    case 'needs-sign-in':
      return {
        ...base,
        state: 'needs-sign-in',
        nextAttemptAt: now + SIGN_IN_RETRY_MS,
        progress: outcome.progress,
        uncertain: outcome.uncertain,
        lastError: { status: outcome.status, message: outcome.message, at: now },
      };
  }
}
