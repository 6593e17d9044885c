import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { Me } from '../../utils/case-api/schema';
import type { Decision } from '../../utils/decisions/schema';
import type { CaseSettings } from '../cases/case-settings';
import { claimKey, completeKey, holdsKey, releaseKey, type KeyClaim } from '../db/idempotency-keys';
import { inFlight, refuse, type Answer } from './answer';
import { recordDecision } from './record-decision';

/**
 * Records decisions under their idempotency keys, one or many at once: every key is reserved,
 * then every reserved decision is recorded together with its key's answer, all in one
 * transaction (two when processing is slowed for tests). The single POST is a batch of one, so
 * both endpoints follow the same rules; a batch costs one commit however many it carries.
 */
export interface KeyedDecision {
  key: string;
  decision: Decision;
  /** `requestFingerprint` of the request as the single POST would see it. */
  fingerprint: string;
}

export interface RecordOptions {
  clock: () => Date;
  /** Simulated processing time between reserving the keys and recording, for tests. */
  decisionDelayMs: number;
  /** How case references resolve, and what is accepted and kept of cases not hosted here. */
  cases: CaseSettings;
}

function claimAnswer(claim: KeyClaim): Answer | undefined {
  switch (claim.kind) {
    case 'reserved':
      return undefined;
    case 'replay':
      // The stored text, not a re-encoding, so a replay is byte-identical to the first answer.
      return { status: toStatus(claim.status), body: claim.body, replayed: true };
    case 'reused':
      return refuse(
        422,
        'idempotency_key_reused',
        claim.otherUser
          ? 'This Idempotency-Key was already used by another user.'
          : 'This Idempotency-Key was already used with a different request body.',
      );
    case 'in-flight':
      return inFlight();
  }
}

function recordOne(
  db: Database,
  { key, decision }: KeyedDecision,
  reservation: string,
  me: Me,
  receivedAt: string,
  cases: CaseSettings,
): Answer {
  try {
    // A savepoint of its own: one decision failing does not undo the others in its batch.
    return db.transaction(() => {
      // Taken over as abandoned while this request was slow: the other one now owns it.
      if (!holdsKey(db, key, reservation)) return inFlight();
      const result = recordDecision(db, decision, me, receivedAt, cases);
      completeKey(db, key, reservation, result);
      return result;
    })();
  } catch (error) {
    // The enclosing transaction is gone (SQLite rolled it back): nothing here can stand.
    if (!db.inTransaction) throw error;
    // A bug or a database failure on this decision: free its key so the retry is not stuck.
    releaseKey(db, key, reservation);
    console.error(`[caselight-server] recording decision ${decision.id}:`, error);
    return refuse(500, 'internal', 'Internal server error.');
  }
}

/** Records what `claims` reserved, with each key's answer; run inside a write transaction. */
function recordReserved(
  db: Database,
  requests: readonly KeyedDecision[],
  claims: readonly KeyClaim[],
  answers: (Answer | undefined)[],
  me: Me,
  options: RecordOptions,
): void {
  const receivedAt = options.clock().toISOString();
  claims.forEach((claim, i) => {
    if (claim.kind !== 'reserved') return;
    answers[i] = recordOne(db, requests[i]!, claim.reservation, me, receivedAt, options.cases);
  });
}

/**
 * One answer per decision, in order. Every transaction here is IMMEDIATE: it takes the write
 * lock before reading, so requests racing in other processes (instances on one file) queue on
 * the lock instead of failing with SQLITE_BUSY when a read snapshot turns out to be stale.
 */
export async function recordKeyedDecisions(
  db: Database,
  requests: readonly KeyedDecision[],
  me: Me,
  options: RecordOptions,
): Promise<Answer[]> {
  const nowMs = options.clock().getTime();
  const claimAll = () =>
    requests.map(({ key, fingerprint }) =>
      claimKey(db, { key, userId: me.id, fingerprint, nowMs }),
    );
  if (options.decisionDelayMs <= 0) {
    // Reserve and record in one commit: a process killed mid-request leaves no reservation
    // behind, so the client's retry (on any instance) succeeds at once instead of meeting
    // 409 in_flight until the reservation is abandoned.
    return db
      .transaction(() => {
        const claims = claimAll();
        const answers = claims.map(claimAnswer);
        recordReserved(db, requests, claims, answers, me, options);
        return answers.map((answer) => answer ?? inFlight());
      })
      .immediate();
  }
  // With simulated processing time the reservation is committed first, so overlapping
  // requests see the key in flight (409) while the first one works.
  const claims = db.transaction(claimAll).immediate();
  const answers = claims.map(claimAnswer);
  try {
    await sleep(options.decisionDelayMs);
    db.transaction(() => recordReserved(db, requests, claims, answers, me, options)).immediate();
  } catch (error) {
    // Nothing was recorded: free the keys so the client's retry is not stuck.
    claims.forEach((claim, i) => {
      if (claim.kind === 'reserved') releaseKey(db, requests[i]!.key, claim.reservation);
    });
    throw error;
  }
  return answers.map((answer) => answer ?? inFlight());
}

/** Stored statuses are ones this server produced; narrow them back for Hono's types. */
function toStatus(status: number): Answer['status'] {
  if (status < 200 || status > 599 || status === 204 || status === 205 || status === 304) {
    throw new Error(`unexpected stored status ${status}`);
  }
  return status as Answer['status'];
}
