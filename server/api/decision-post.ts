import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { Handler } from 'hono';
import { decisionSchema } from '../../utils/decisions/schema';
import { requestFingerprint } from '../decisions/canonical-json';
import { recordDecision, type Answer } from '../decisions/record-decision';
import { claimKey, completeKey, holdsKey, releaseKey } from '../db/idempotency-keys';
import type { ApiEnv } from './auth';
import { readJsonBody, summariseIssues } from './read-json';
import { sendEncodedJson, sendError } from './respond';

export interface DecisionPostOptions {
  clock: () => Date;
  /** Simulated processing time between reserving the key and recording, for tests. */
  decisionDelayMs: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `POST /cases/:id/decisions`. Checks that depend only on the request (key, JSON, schema,
 * case id, authorship) come first and are not remembered, so a corrected request may reuse
 * its key. Then the key is reserved, and the outcome that depends on stored state (recorded,
 * already decided, unknown case…) is stored with it in the same transaction as the write.
 */
export function createDecisionPost(db: Database, options: DecisionPostOptions): Handler<ApiEnv> {
  return async (c) => {
    const key = c.req.header('idempotency-key');
    if (!key) {
      const message = 'An Idempotency-Key header (the decision id) is required.';
      return sendError(c, 400, 'idempotency_key_required', message);
    }
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    if (!isObject(body.value) || body.value.id !== key) {
      const message = 'The Idempotency-Key header must equal the decision id.';
      return sendError(c, 400, 'idempotency_key_mismatch', message);
    }
    const parsed = decisionSchema.safeParse(body.value);
    if (!parsed.success) {
      return sendError(c, 422, 'invalid_decision', summariseIssues(parsed.error));
    }
    const decision = parsed.data;
    const caseId = c.req.param('id');
    if (decision.caseId !== caseId) {
      const message = `The decision is for case ${decision.caseId}, not ${caseId}.`;
      return sendError(c, 422, 'case_mismatch', message);
    }
    const me = c.get('me');
    if (me.role !== 'admin' && decision.reviewerId !== me.id) {
      const message = "A reviewer cannot write another reviewer's decision.";
      return sendError(c, 403, 'forbidden', message);
    }

    const claim = claimKey(db, {
      key,
      userId: me.id,
      fingerprint: requestFingerprint(c.req.method, c.req.path, body.value),
      nowMs: options.clock().getTime(),
    });
    if (claim.kind === 'replay') {
      // The stored text, not a re-encoding, so a replay is byte-identical to the first answer.
      return sendEncodedJson(c, claim.body, toStatus(claim.status), {
        'Idempotent-Replayed': 'true',
      });
    }
    if (claim.kind === 'reused') {
      const message = claim.otherUser
        ? 'This Idempotency-Key was already used by another user.'
        : 'This Idempotency-Key was already used with a different request body.';
      return sendError(c, 422, 'idempotency_key_reused', message);
    }
    if (claim.kind === 'in-flight') return inFlight(c);

    const { reservation } = claim;
    let answer: Answer | undefined;
    try {
      if (options.decisionDelayMs > 0) await sleep(options.decisionDelayMs);
      answer = db.transaction(() => {
        // Taken over as abandoned while this request was slow: the other one now owns it.
        if (!holdsKey(db, key, reservation)) return undefined;
        const result = recordDecision(db, decision, me, options.clock().toISOString());
        completeKey(db, key, reservation, result);
        return result;
      })();
    } catch (error) {
      // A bug or a database failure: free the key so the client's retry is not stuck.
      releaseKey(db, key, reservation);
      throw error;
    }
    if (answer === undefined) return inFlight(c);
    return sendEncodedJson(c, answer.body, answer.status);
  };
}

function inFlight(c: Parameters<Handler<ApiEnv>>[0]): Response {
  c.header('Retry-After', '1');
  const message = 'A request with this Idempotency-Key is still being processed; retry shortly.';
  return sendError(c, 409, 'in_flight', message);
}

/** Stored statuses are ones this server produced; narrow them back for Hono's types. */
function toStatus(status: number): Answer['status'] {
  if (status < 200 || status > 599 || status === 204 || status === 205 || status === 304) {
    throw new Error(`unexpected stored status ${status}`);
  }
  return status as Answer['status'];
}
