import { browser } from 'wxt/browser';
import { appendAudit } from './audit-log';
import { CHUNK } from './delivery-chunk';
import {
  deliverDue,
  deliveryIdle,
  deliverNow,
  pullForwardBackedOff,
  type OnChange,
} from './delivery';
import { OUTBOX_ENTRY_VERSION, type OutboxEntry } from './outbox-entry';
import { addEntry, deleteEntryIf, getEntry, updateEntries } from './outbox-store';
import { publishOutboxView, VIEW_DRAIN_THROTTLE_MS, VIEW_THROTTLE_MS } from './outbox-view';
import type { Decision } from './schema';
import { splitForReversal, writebacksFor } from './writeback-plan';
import { pullForwardWritebacks } from './writeback-delivery';
import { kickWritebacks, retryWritebacks } from './writeback-service';
import type { Writeback } from './writeback-state';

const ALARM = 'caselight-outbox';

const publish: OnChange = (draining) =>
  publishOutboxView(draining ? VIEW_DRAIN_THROTTLE_MS : VIEW_THROTTLE_MS);

/** Delivers everything due; settles when no delivery (of these or others) is under way. */
export async function deliver(): Promise<void> {
  void deliverDue(publish);
  void kickWritebacks();
  await deliveryIdle();
}

/**
 * Written durably, with its idempotency key and its destinations (the case API, then a
 * write-back per writer of its console), before any network call is made.
 */
export async function submitDecision(
  decision: Decision,
  undoWindowMs: number,
  writebacks?: Writeback[],
): Promise<OutboxEntry> {
  const now = Date.now();
  const entry: OutboxEntry = {
    v: OUTBOX_ENTRY_VERSION,
    decision,
    state: 'queued',
    createdAt: now,
    notBefore: now + undoWindowMs,
    nextAttemptAt: now,
    attempts: 0,
    writebacks: writebacks ?? (await writebacksFor(decision)),
  };
  try {
    await addEntry(entry);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'ConstraintError') {
      throw new Error(`Decision ${decision.id} was already submitted`, { cause: error });
    }
    throw error;
  }
  publishOutboxView();
  void (undoWindowMs > 0 ? deliver() : deliverNow([decision.id], publish));
  return entry;
}

export type UndoResult = 'removed' | 'reversal-queued' | 'in-flight' | 'unknown';

const undeliveredAtRest = (e: OutboxEntry) => e.state !== 'sending' && e.state !== 'delivered';

/** Inside the undo window the decision never leaves; after delivery a reversal is recorded. */
export async function undoDecision(id: string): Promise<UndoResult> {
  if (await deleteEntryIf(id, undeliveredAtRest)) {
    publishOutboxView();
    return 'removed';
  }
  const current = await getEntry(id);
  if (!current) return 'unknown';
  if (current.state === 'sending') return 'in-flight';
  const original = current.decision;
  const { cancelled, reverseIn } = splitForReversal(current);
  await updateEntries([id], (e) => ({ ...e, writebacks: e.writebacks.map(cancelled) }));
  const reversal: Decision = {
    ...original,
    id: crypto.randomUUID(),
    reverses: original.id,
    secondOpinionOf: undefined,
    decidedAt: new Date().toISOString(),
    note: 'Reversed by the reviewer.',
    handleTimeMs: 0,
  };
  await submitDecision(reversal, 0, await writebacksFor(reversal, reverseIn));
  return 'reversal-queued';
}

/** Retries are written a chunk at a time, each sent as soon as it is written. */
const RETRY_CHUNK = CHUNK;

/** Sends the given failed, refused or waiting decisions (and their write-backs) again now. */
export async function retryDecisions(ids: string[]): Promise<void> {
  await retryWritebacks(ids);
  for (let i = 0; i < ids.length; i += RETRY_CHUNK) {
    const retried = await updateEntries(ids.slice(i, i + RETRY_CHUNK), (e) =>
      e.state === 'delivered' || e.state === 'sending'
        ? undefined
        : {
            ...e,
            state: 'queued',
            nextAttemptAt: Date.now(),
            notBefore: Math.min(e.notBefore, Date.now()),
          },
    );
    void deliverNow(
      retried.map((e) => e.decision.id),
      publish,
    );
  }
  publishOutboxView();
}

/** The reviewer confirmed: the undelivered decision is dropped, and that is written down. */
export async function discardDecision(id: string): Promise<boolean> {
  const entry = await deleteEntryIf(id, undeliveredAtRest);
  if (!entry) return false;
  const at = new Date().toISOString();
  await appendAudit({
    at,
    what: 'discarded',
    decisionId: id,
    caseId: entry.decision.caseId,
    detail: entry,
  });
  publishOutboxView();
  return true;
}

/** Delivery runs on submit, on an alarm, at worker start and when the browser is back online. */
export function startOutboxDelivery(): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void deliver();
  });
  globalThis.addEventListener?.('online', () => void deliver());
  // A browser restart is a fresh start: what waited out our own backoff is tried at once.
  browser.runtime.onStartup.addListener(
    () => void Promise.all([pullForwardBackedOff(), pullForwardWritebacks()]).then(() => deliver()),
  );
  void deliver();
}
