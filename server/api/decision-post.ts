import type { Database } from 'better-sqlite3';
import type { Context, Handler } from 'hono';
import type { Answer } from '../decisions/answer';
import { requestFingerprint } from '../decisions/canonical-json';
import { checkDecisionRequest } from '../decisions/decision-request';
import { recordKeyedDecisions, type RecordOptions } from '../decisions/record-keyed';
import type { ApiEnv } from './auth';
import { readJsonBody } from './read-json';
import { sendEncodedJson, sendError } from './respond';

export type DecisionPostOptions = RecordOptions;

/** Sends one decision's answer with the headers the single POST puts beside it. */
export function sendAnswer(c: Context, answer: Answer): Response {
  const headers: Record<string, string> = {};
  if (answer.replayed) headers['Idempotent-Replayed'] = 'true';
  if (answer.retryAfterSeconds !== undefined) {
    headers['Retry-After'] = String(answer.retryAfterSeconds);
  }
  return sendEncodedJson(c, answer.body, answer.status, headers);
}

/**
 * `POST /cases/:id/decisions`. Checks that depend only on the request (key, JSON, schema,
 * case id, authorship) come first and are not remembered, so a corrected request may reuse
 * its key. Then the key is reserved, and the outcome that depends on stored state (recorded,
 * already decided, unknown case…) is stored with it in the same transaction as the write.
 */
export function createDecisionPost(db: Database, options: DecisionPostOptions): Handler<ApiEnv> {
  return async (c) => {
    const key = c.req.header('idempotency-key');
    const body = await readJsonBody(c);
    if (key && !body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const value = body.ok ? body.value : undefined;
    const me = c.get('me');
    const checked = checkDecisionRequest({ key, body: value, me, pathCaseId: c.req.param('id') });
    if (!checked.ok) return sendAnswer(c, checked.answer);
    const [answer] = await recordKeyedDecisions(
      db,
      [
        {
          key: checked.decision.id,
          decision: checked.decision,
          fingerprint: requestFingerprint(c.req.method, c.req.path, value),
        },
      ],
      me,
      options,
    );
    return sendAnswer(c, answer!);
  };
}
