import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from './statements';

/**
 * Idempotency keys: the first answer to a keyed request, kept so a retry gets it again.
 * A key is reserved (state `processing`) before the work starts and completed with the
 * answer afterwards; each reservation carries a random token so that only the request that
 * holds it can complete or release it, even after an abandoned one was taken over.
 */

/** How long a key and its answer are kept: at least the outbox's retry horizon. */
export const KEY_RETENTION_MS = 24 * 60 * 60_000;
/** A reservation this old belongs to a request that crashed or hung; it may be taken over. */
export const ABANDONED_AFTER_MS = 60_000;

export type KeyClaim =
  | { kind: 'reserved'; reservation: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'reused'; otherUser: boolean }
  | { kind: 'in-flight' };

export interface KeyRequest {
  key: string;
  userId: string;
  fingerprint: string;
  nowMs: number;
}

const rowSchema = z.object({
  user_id: z.string(),
  fingerprint: z.string(),
  state: z.enum(['processing', 'complete']),
  reserved_at: z.number(),
  status: z.number().nullable(),
  body: z.string().nullable(),
});

/** Drops keys past retention. Called lazily on each claim rather than by a timer. */
export function purgeExpiredKeys(db: Database, nowMs: number): number {
  return prepared(db, 'DELETE FROM idempotency_keys WHERE reserved_at < ?').run(
    nowMs - KEY_RETENTION_MS,
  ).changes;
}

/** Looks the key up and reserves it if free, atomically, so two requests cannot both win. */
export function claimKey(db: Database, request: KeyRequest): KeyClaim {
  return db
    .transaction((): KeyClaim => {
      purgeExpiredKeys(db, request.nowMs);
      const raw = prepared(
        db,
        `SELECT user_id, fingerprint, state, reserved_at, status, body
         FROM idempotency_keys WHERE key = ?`,
      ).get(request.key);
      const reservation = randomUUID();
      const fields = { ...request, reservation };
      if (raw === undefined) {
        prepared(
          db,
          `INSERT INTO idempotency_keys (key, user_id, fingerprint, state, reservation, reserved_at)
         VALUES (@key, @userId, @fingerprint, 'processing', @reservation, @nowMs)`,
        ).run(fields);
        return { kind: 'reserved', reservation };
      }
      const row = rowSchema.parse(raw);
      const abandoned =
        row.state === 'processing' && row.reserved_at < request.nowMs - ABANDONED_AFTER_MS;
      if (abandoned) {
        // It never produced an answer, so it binds nothing: the new request starts afresh.
        prepared(
          db,
          `UPDATE idempotency_keys SET user_id = @userId, fingerprint = @fingerprint,
           reservation = @reservation, reserved_at = @nowMs WHERE key = @key`,
        ).run(fields);
        return { kind: 'reserved', reservation };
      }
      if (row.user_id !== request.userId || row.fingerprint !== request.fingerprint) {
        return { kind: 'reused', otherUser: row.user_id !== request.userId };
      }
      if (row.state === 'processing' || row.status === null || row.body === null) {
        return { kind: 'in-flight' };
      }
      return { kind: 'replay', status: row.status, body: row.body };
    })
    .immediate();
}

/** True while `reservation` still holds the key (it was not taken over as abandoned). */
export function holdsKey(db: Database, key: string, reservation: string): boolean {
  const found = prepared(
    db,
    `SELECT 1 FROM idempotency_keys
       WHERE key = ? AND reservation = ? AND state = 'processing'`,
  ).get(key, reservation);
  return found !== undefined;
}

/** Stores the answer; call inside the transaction that did the work, so both or neither land. */
export function completeKey(
  db: Database,
  key: string,
  reservation: string,
  answer: { status: number; body: string },
): void {
  const { changes } = prepared(
    db,
    `UPDATE idempotency_keys SET state = 'complete', status = @status, body = @body
       WHERE key = @key AND reservation = @reservation AND state = 'processing'`,
  ).run({ key, reservation, ...answer });
  if (changes !== 1) throw new Error(`idempotency key ${key} is no longer held`);
}

/** Frees a key whose work failed unexpectedly, so a retry need not wait for abandonment. */
export function releaseKey(db: Database, key: string, reservation: string): void {
  prepared(
    db,
    `DELETE FROM idempotency_keys WHERE key = ? AND reservation = ? AND state = 'processing'`,
  ).run(key, reservation);
}
