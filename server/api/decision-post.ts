import type { Database } from 'better-sqlite3';
import type { Context, Handler } from 'hono';
import type { Answer } from '../decisions/answer';
import { checkDecisionRequest, type PathCase } from '../decisions/decision-request';
import { recordKeyedDecisions, type RecordOptions } from '../decisions/record-keyed';
import type { ApiEnv } from './auth';
import { decisionFingerprint } from './decision-fingerprint';
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

/** The routes of the single POST: the console route, and the older one for hosted cases. */
export const CONSOLE_DECISIONS_ROUTE = '/consoles/:console/cases/:id/decisions';
export const HOSTED_DECISIONS_ROUTE = '/cases/:id/decisions';

/**
 * `POST /consoles/:console/cases/:id/decisions` and `POST /cases/:id/decisions` (a hosted
 * case). Checks that depend only on the request (key, JSON, schema, case, authorship) come
 * first and are not remembered, so a corrected request may reuse its key. Then the key is
 * reserved, and the outcome that depends on stored state (recorded, already decided, unknown
 * case…) is stored with it in the same transaction as the write.
 */
export function createDecisionPost(
  db: Database,
  options: DecisionPostOptions,
  route: typeof CONSOLE_DECISIONS_ROUTE | typeof HOSTED_DECISIONS_ROUTE,
): Handler<ApiEnv> {
  return async (c) => {
    const key = c.req.header('idempotency-key');
    const body = await readJsonBody(c);
    if (key && !body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const value = body.ok ? body.value : undefined;
    const me = c.get('me');
    const pathCase: PathCase = {
      caseId: c.req.param('id') ?? '',
      console: route === CONSOLE_DECISIONS_ROUTE ? c.req.param('console') : undefined,
    };
    const { cases } = options;
    const checked = checkDecisionRequest({ key, body: value, me, pathCase, cases });
    if (!checked.ok) return sendAnswer(c, checked.answer);
    const { decision } = checked;
    const ref = cases.resolve(decision.console, decision.caseId);
    const prefix = c.req.routePath.slice(0, -route.length);
    const fingerprint = decisionFingerprint(prefix, ref, value);
    const [answer] = await recordKeyedDecisions(
      db,
      [{ key: decision.id, decision, fingerprint }],
      me,
      options,
    );
    return sendAnswer(c, answer!);
  };
}
