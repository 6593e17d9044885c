import { createHmac } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from '../db/statements';

/**
 * Sends the escalation outbox to the webhooks: each event signed, retried with exponential
 * backoff until the receiver answers 2xx, never given up (a self-harm escalation must not be
 * dropped because on-call tooling was down for an hour). Claims are leased in a write
 * transaction, so several instances on one database never send the same row at once.
 */
export interface DeliveryOptions {
  clock?: () => Date;
  /** Wait before the first retry; doubles each time up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  timeoutMs?: number;
  /** How long a claimed row is ours before another instance may take it over. */
  leaseMs?: number;
}

export const SIGNATURE_HEADER = 'X-Caselight-Signature';
export const TIMESTAMP_HEADER = 'X-Caselight-Timestamp';
export const EVENT_ID_HEADER = 'X-Caselight-Event-Id';

/**
 * `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<raw body>`: the timestamp is signed too, so
 * a captured delivery cannot be replayed later under a fresh timestamp.
 */
export function signEvent(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const dueRow = z.object({
  seq: z.number(),
  body: z.string(),
  event_id: z.string(),
  attempts: z.number(),
  url: z.string(),
  secret: z.string(),
  removed_at: z.string().nullable(),
});
type Due = z.infer<typeof dueRow>;

function claimDue(db: Database, now: Date, leaseMs: number): Due[] {
  return db
    .transaction(() => {
      const at = now.toISOString();
      const rows = prepared(
        db,
        `SELECT d.seq, d.body, d.event_id, d.attempts, w.url, w.secret, w.removed_at
           FROM escalation_deliveries d JOIN escalation_webhooks w ON w.id = d.webhook_id
          WHERE d.status = 'pending' AND d.next_attempt_at <= ?
            AND (d.lease_until IS NULL OR d.lease_until <= ?)
          ORDER BY d.seq LIMIT 20`,
      )
        .all(at, at)
        .map((r) => dueRow.parse(r));
      const lease = prepared(db, 'UPDATE escalation_deliveries SET lease_until = ? WHERE seq = ?');
      const until = new Date(now.getTime() + leaseMs).toISOString();
      for (const row of rows) lease.run(until, row.seq);
      return rows;
    })
    .immediate();
}

async function send(row: Due, now: Date, timeoutMs: number): Promise<string | undefined> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    const response = await fetch(row.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [EVENT_ID_HEADER]: row.event_id,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signEvent(row.secret, timestamp, row.body),
      },
      body: row.body,
      // A redirect could carry the event somewhere the admin never configured.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Sends what is due now; answers how many were delivered. */
export async function deliverDue(db: Database, options: DeliveryOptions = {}): Promise<number> {
  const clock = options.clock ?? (() => new Date());
  const firstRetryMs = options.firstRetryMs ?? 5_000;
  const maxRetryMs = options.maxRetryMs ?? 10 * 60_000;
  const rows = claimDue(db, clock(), options.leaseMs ?? 60_000);
  let delivered = 0;
  for (const row of rows) {
    if (row.removed_at !== null) {
      prepared(
        db,
        "UPDATE escalation_deliveries SET status = 'cancelled', lease_until = NULL, last_error = 'The webhook was removed.' WHERE seq = ?",
      ).run(row.seq);
      continue;
    }
    const failure = await send(row, clock(), options.timeoutMs ?? 10_000);
    const now = clock();
    if (failure === undefined) {
      delivered++;
      prepared(
        db,
        `UPDATE escalation_deliveries SET status = 'delivered', attempts = attempts + 1,
           delivered_at = ?, lease_until = NULL, last_error = NULL WHERE seq = ?`,
      ).run(now.toISOString(), row.seq);
    } else {
      const wait = Math.min(maxRetryMs, firstRetryMs * 2 ** row.attempts);
      prepared(
        db,
        `UPDATE escalation_deliveries SET attempts = attempts + 1, last_error = ?,
           next_attempt_at = ?, lease_until = NULL WHERE seq = ?`,
      ).run(failure.slice(0, 300), new Date(now.getTime() + wait).toISOString(), row.seq);
    }
  }
  return delivered;
}

/** Polls the outbox; runs never overlap. Returns the stop function. */
export function startEscalationDelivery(
  db: Database,
  options: DeliveryOptions & { everyMs?: number } = {},
): () => void {
  let running = false;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = true;
    deliverDue(db, options)
      .catch((error: unknown) => {
        // The database closed under us on shutdown is expected; anything else is worth a line.
        if (!stopped) console.error('[caselight-server] escalation delivery:', error);
      })
      .finally(() => (running = false));
  }, options.everyMs ?? 1_000);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
