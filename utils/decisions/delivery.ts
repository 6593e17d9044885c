import {
  CHUNK,
  deliverChunk,
  deliverChunks,
  isDue,
  PARALLEL_CHUNKS,
  sessionOnce,
  type OnChange,
} from './delivery-chunk';
import { deleteEntries, listEntries, updateEntries } from './outbox-store';
import { isSettled } from './writeback-state';

export { isDue, RUN_ID, type OnChange } from './delivery-chunk';

/** Delivered entries stay a while so panels can show "delivered", then go. */
const KEEP_DELIVERED_MS = 10 * 60_000;

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

async function deliverDueOnce(onChange?: OnChange): Promise<number | undefined> {
  const now = Date.now();
  const { entries } = await listEntries();
  // An entry stays while any of its write-backs is still to land (or to be dealt with).
  const expired = entries.filter(
    (e) =>
      e.state === 'delivered' &&
      (e.deliveredAt ?? 0) < now - KEEP_DELIVERED_MS &&
      e.writebacks.every(isSettled),
  );
  if (expired.length) await deleteEntries(expired.map((e) => e.decision.id));
  const inLane = new Set(lane); // about to be claimed there
  const due = entries
    .filter((entry) => isDue(entry, now) && !inLane.has(entry.decision.id))
    .map((entry) => entry.decision.id);
  const delivered = await deliverChunks(due, onChange);
  if (delivered > 0 && (await pullForwardBackedOff()) > 0) requested = true;
  // The lane wakes a pass itself when it is done; here only what it does not hold.
  const waits = entries
    .filter((e) => (e.state === 'queued' || e.state === 'sending') && !inLane.has(e.decision.id))
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
export function deliverDue(onChange?: OnChange): Promise<void> {
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

/**
 * The lane for decisions to deliver now (just submitted, or retried by the reviewer): beside
 * any pass under way, without reading the whole outbox first. Up to PARALLEL_CHUNKS workers
 * take chunks off it; ids added while they run join the queue, so one decision goes at once
 * and a burst goes in batches. When the lane empties, a pass takes care of whatever is left
 * and of when to try again.
 */
const lane: string[] = [];
let laneWorkers = 0;
let laneEnding = 0;
let laneDelivered = 0;
let laneSession = sessionOnce();
let laneDone: Promise<void> | undefined;
let laneFinished: () => void = () => {};

async function laneWorker(onChange?: OnChange): Promise<void> {
  laneWorkers += 1;
  try {
    while (lane.length) {
      const delivered = await deliverChunk(lane.splice(0, CHUNK), laneSession);
      laneDelivered += delivered;
      onChange?.(lane.length > 0 || laneWorkers > 1);
    }
  } finally {
    laneWorkers -= 1;
    if (laneWorkers === 0) {
      lane.length = 0; // left by a worker that failed: the pass takes them
      void endLane(onChange);
    }
  }
}

async function endLane(onChange?: OnChange): Promise<void> {
  laneEnding += 1;
  const delivered = laneDelivered;
  laneDelivered = 0;
  laneSession = sessionOnce();
  try {
    if (delivered > 0) await pullForwardBackedOff();
    await deliverDue(onChange);
  } finally {
    laneEnding -= 1;
    // Settled only when no worker started meanwhile and no other ending is still going.
    if (laneWorkers === 0 && laneEnding === 0) {
      laneDone = undefined;
      laneFinished();
    }
  }
}

/** Delivers these decisions now; settles when the lane has emptied and the pass after it ran. */
export function deliverNow(ids: readonly string[], onChange?: OnChange): Promise<void> {
  const queued = new Set(lane);
  lane.push(...ids.filter((id) => !queued.has(id)));
  laneDone ??= new Promise((resolve) => (laneFinished = resolve));
  const done = laneDone;
  while (lane.length && laneWorkers < PARALLEL_CHUNKS) void laneWorker(onChange);
  return done;
}

/** Settles once no delivery is under way (tests, and callers that must see the outcome). */
export async function deliveryIdle(): Promise<void> {
  for (let busy = laneDone ?? running; busy; busy = laneDone ?? running) await busy;
}
