import {
  CaseApiError,
  caseApiFetch,
  openCaseApiSession,
  type CaseApiSession,
} from '../case-api/client';
import { applyOutcome, outcomeOf, type DeliveryOutcome } from './delivery-outcome';
import type { OutboxEntry } from './outbox-entry';
import { deleteEntry, listEntries, updateEntries } from './outbox-store';

/** Longer than a request may take (20 s), so a live attempt is never taken over. */
const LEASE_MS = 30_000;
/** Delivered entries stay a while so panels can show "delivered", then go. */
const KEEP_DELIVERED_MS = 10 * 60_000;

/** Identifies this service-worker run; leases held by an earlier (dead) run are orphaned. */
export const RUN_ID = crypto.randomUUID();

export function isDue(entry: OutboxEntry, now: number): boolean {
  if (entry.state === 'sending')
    return entry.leaseHolder !== RUN_ID || (entry.leaseUntil ?? 0) <= now;
  if (entry.state !== 'queued' && entry.state !== 'needs-sign-in') return false;
  return entry.notBefore <= now && entry.nextAttemptAt <= now;
}

async function attempt(entry: OutboxEntry, session: CaseApiSession): Promise<DeliveryOutcome> {
  const { decision } = entry;
  try {
    const response = await caseApiFetch(`/cases/${encodeURIComponent(decision.caseId)}/decisions`, {
      method: 'POST',
      body: decision,
      session,
      // The same key on every retry: the case API records the decision once.
      headers: { 'idempotency-key': decision.id },
    });
    const a = performance.now();
    const o = await outcomeOf(response);
    ((globalThis as Record<string, number>).__oc ??= 0);
    (globalThis as Record<string, number>).__oc! += performance.now() - a;
    return o;
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

/** How many decisions are claimed together, and how many requests are out at once. */
const CHUNK = 64;
const PARALLEL = 16;

/**
 * Peek → claim → send → record. A chunk of due entries is claimed in one write, sent with
 * bounded parallelism, and the outcomes written back in one write. Nothing is deleted before
 * the case API acknowledged it.
 */
const T = ((globalThis as Record<string, unknown>).__t ??= []) as unknown[];
async function deliverChunk(ids: string[]): Promise<number> {
  const t0 = performance.now();
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
  const t1 = performance.now();
  const session = await openCaseApiSession();
  const t2 = performance.now();
  const outcomes = new Map<string, DeliveryOutcome>();
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) {
      const entry = claimed[next++]!;
      outcomes.set(entry.decision.id, await attempt(entry, session));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, claimed.length) }, worker));
  const t3 = performance.now();
  await updateEntries([...outcomes.keys()], (entry) => {
    const outcome = outcomes.get(entry.decision.id);
    const ours = entry.state === 'sending' && entry.leaseHolder === RUN_ID;
    return outcome && ours ? applyOutcome(entry, outcome, Date.now()) : undefined;
  });
  const t4 = performance.now();
  T.push({ n: claimed.length, at: Date.now(), claim: t1 - t0, session: t2 - t1, send: t3 - t2, write: t4 - t3 });
  return [...outcomes.values()].filter((o) => o.kind === 'delivered').length;
}

/**
 * Brings decisions waiting out our own backoff (after errors or an outage) forward to now:
 * called when the case API has just acknowledged one (it is back) and when the browser
 * starts. Waits the server asked for (429, still in flight) are left alone.
 */
export async function pullForwardBackedOff(): Promise<number> {
  const now = Date.now();
  const { entries } = await listEntries();
  const waiting = entries
    .filter(
      (e) =>
        e.state === 'queued' &&
        e.nextAttemptAt > now &&
        e.lastError?.status !== 429 &&
        e.lastError?.status !== 409,
    )
    .map((e) => e.decision.id);
  if (!waiting.length) return 0;
  const moved = await updateEntries(waiting, (e) =>
    e.state === 'queued' ? { ...e, nextAttemptAt: Date.now() } : undefined,
  );
  return moved.length;
}

async function deliverDueOnce(onChange?: () => void): Promise<number | undefined> {
  const now = Date.now();
  const l0 = performance.now();
  const { entries } = await listEntries();
  T.push({ list: performance.now() - l0, n: entries.length, at: Date.now() });
  const expired = entries.filter(
    (e) => e.state === 'delivered' && (e.deliveredAt ?? 0) < now - KEEP_DELIVERED_MS,
  );
  for (const entry of expired) await deleteEntry(entry.decision.id);
  const due = entries.filter((entry) => isDue(entry, now)).map((entry) => entry.decision.id);
  let delivered = 0;
  for (let i = 0; i < due.length; i += CHUNK) {
    delivered += await deliverChunk(due.slice(i, i + CHUNK));
    onChange?.();
  }
  if (delivered > 0 && (await pullForwardBackedOff()) > 0) requested = true;
  const waits = entries
    .filter((e) => e.state === 'queued' || e.state === 'sending')
    .map((e) => Math.max(e.notBefore, e.nextAttemptAt, e.leaseUntil ?? 0));
  return waits.length ? Math.min(...waits) : undefined;
}

let running: Promise<void> | undefined;
let requested = false;
let wakeTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Delivers everything due, once at a time per worker; a call while a pass runs asks for one
 * more pass. Short waits (the undo window, a backoff) are kept with a timer; longer ones are
 * picked up by the alarm, since the worker may be gone by then.
 */
export function deliverDue(onChange?: () => void): Promise<void> {
  requested = true;
  running ??= (async () => {
    try {
      let soonest: number | undefined;
      while (requested) {
        requested = false;
        soonest = await deliverDueOnce(onChange);
      }
      clearTimeout(wakeTimer);
      if (soonest !== undefined && soonest - Date.now() < 60_000) {
        wakeTimer = setTimeout(
          () => void deliverDue(onChange),
          Math.max(0, soonest - Date.now()) + 5,
        );
      }
    } finally {
      running = undefined;
    }
  })();
  return running;
}
