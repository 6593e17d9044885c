import {
  CaseApiError,
  caseApiFetch,
  openCaseApiSession,
  type CaseApiSession,
} from '../case-api/client';
import { forgetQaReads } from '../qa/qa-read-cache';
import { caseDecisionsPath } from '../case-api/paths';
import { batchesAllowed, batchGroups, sendBatch } from './delivery-batch';
import { applyOutcome, outcomeOf, type DeliveryOutcome } from './delivery-outcome';
import type { OutboxEntry } from './outbox-entry';
import { updateEntries } from './outbox-store';
import { eachLimited } from './each-limited';
import { RUN_ID } from './run-id';
import { kickWritebacks } from './writeback-service';
import { DECISION_BATCH_MAX } from './schema';

/** Longer than a request may take (20 s), so a live attempt is never taken over. */
const LEASE_MS = 30_000;

/**
 * How many decisions are claimed, sent (as one batch: the case API takes up to 100) and
 * recorded together; how many such chunks are under way at once, so one chunk's IndexedDB
 * writes overlap another's request; and, where the case API takes no batches, how many single
 * requests each chunk has out (16 for a delivery, near what Chrome opens to one host).
 */
export const CHUNK = DECISION_BATCH_MAX;
export const PARALLEL_CHUNKS = 4;
const PARALLEL_SINGLES = 4;

export { RUN_ID };

export function isDue(entry: OutboxEntry, now: number): boolean {
  if (entry.state === 'sending')
    return entry.leaseHolder !== RUN_ID || (entry.leaseUntil ?? 0) <= now;
  if (entry.state !== 'queued' && entry.state !== 'needs-sign-in') return false;
  return entry.notBefore <= now && entry.nextAttemptAt <= now;
}

/** Told after each chunk; `draining` while more chunks of the same delivery are to come. */
export type OnChange = (draining: boolean) => void;

async function attempt(entry: OutboxEntry, session: CaseApiSession): Promise<DeliveryOutcome> {
  const { decision } = entry;
  try {
    const response = await caseApiFetch(caseDecisionsPath(decision.console, decision.caseId), {
      method: 'POST',
      body: decision,
      session,
      // The same key on every retry: the case API records the decision once.
      headers: { 'idempotency-key': decision.id },
    });
    return await outcomeOf(response);
  } catch (error) {
    if (
      error instanceof CaseApiError &&
      (error.problem === 'unauthorized' || error.problem === 'not-configured')
    ) {
      return { kind: 'needs-sign-in', message: error.message };
    }
    return { kind: 'retry', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Several decisions go as batches; one alone, or to a server without batches, as itself. */
async function send(
  claimed: OutboxEntry[],
  session: CaseApiSession,
): Promise<Map<string, DeliveryOutcome>> {
  const outcomes = new Map<string, DeliveryOutcome>();
  const singles: OutboxEntry[] = [];
  for (const group of claimed.length > 1 ? batchGroups(claimed) : [claimed]) {
    const answered =
      group.length > 1 && batchesAllowed(session) ? await sendBatch(group, session) : undefined;
    if (answered) answered.forEach((outcome, id) => outcomes.set(id, outcome));
    else singles.push(...group);
  }
  await eachLimited(singles, PARALLEL_SINGLES, async (entry) => {
    outcomes.set(entry.decision.id, await attempt(entry, session));
  });
  return outcomes;
}

/**
 * Peek → claim → send → record. A chunk of due entries is claimed in one write, sent, and
 * the outcomes written back in one write. Nothing is deleted before the case API
 * acknowledged it. Answers how many were delivered.
 */
export async function deliverChunk(ids: string[], session: () => Promise<CaseApiSession>) {
  const claimed = await updateEntries(ids, (entry) => {
    const now = Date.now();
    if (!isDue(entry, now)) return undefined; // undone, delivered or claimed meanwhile
    return {
      ...entry,
      state: 'sending',
      attempts: entry.attempts + 1,
      leaseUntil: now + LEASE_MS,
      leaseHolder: RUN_ID,
    };
  });
  if (!claimed.length) return 0;
  const outcomes = await send(claimed, await session());
  const written = await updateEntries([...outcomes.keys()], (entry) => {
    const outcome = outcomes.get(entry.decision.id);
    const ours = entry.state === 'sending' && entry.leaseHolder === RUN_ID;
    return outcome && ours ? applyOutcome(entry, outcome, Date.now()) : undefined;
  });
  // A QA decision reaching the case API moves its sample on: panels read the queue afresh.
  if (written.some((e) => e.state === 'delivered' && e.decision.mode === 'qa')) forgetQaReads();
  // Acknowledged decisions release their write-backs into the console: send them now.
  if (
    written.some((e) => e.state === 'delivered' && e.writebacks.some((w) => w.state === 'queued'))
  )
    void kickWritebacks();
  return [...outcomes.values()].filter((o) => o.kind === 'delivered').length;
}

/** The case API session, read once for a delivery, and only when something was claimed. */
export function sessionOnce(): () => Promise<CaseApiSession> {
  let opened: Promise<CaseApiSession> | undefined;
  return () => (opened ??= openCaseApiSession());
}

/**
 * Delivers those of `ids` that are due, a chunk at a time with a few chunks under way. Safe
 * beside another delivery: each entry is claimed atomically, so only one of them sends it.
 */
export async function deliverChunks(ids: readonly string[], onChange?: OnChange): Promise<number> {
  const chunks = Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) =>
    ids.slice(i * CHUNK, (i + 1) * CHUNK),
  );
  const session = sessionOnce();
  let delivered = 0;
  let finished = 0;
  await eachLimited(chunks, PARALLEL_CHUNKS, async (chunk) => {
    const count = await deliverChunk(chunk, session);
    delivered += count;
    onChange?.(++finished < chunks.length);
  });
  return delivered;
}
