import type { Database } from 'better-sqlite3';
import type { Handler } from 'hono';
import { z } from 'zod';
import { DECISION_BATCH_MAX } from '../../utils/decisions/schema';
import type { Answer } from '../decisions/answer';
import { checkDecisionRequest } from '../decisions/decision-request';
import { recordKeyedDecisions, type KeyedDecision } from '../decisions/record-keyed';
import type { ApiEnv } from './auth';
import { decisionFingerprint } from './decision-fingerprint';
import type { DecisionPostOptions } from './decision-post';
import { readJsonBody, summariseIssues } from './read-json';
import { sendEncodedJson, sendError } from './respond';

/** Items are read loosely here: each one is checked on its own, as a single POST would be. */
const envelopeSchema = z.object({ items: z.array(z.unknown()).min(1).max(DECISION_BATCH_MAX) });

const BATCH_SUFFIX = '/decisions/batch';

/** One result as JSON text; the answer's body is embedded as it is (replays stay byte-exact). */
function resultText(key: string | null, answer: Answer): string {
  const head = JSON.stringify({
    idempotencyKey: key,
    status: answer.status,
    ...(answer.replayed ? { replayed: true } : {}),
    ...(answer.retryAfterSeconds === undefined
      ? {}
      : { retryAfterSeconds: answer.retryAfterSeconds }),
  });
  return `${head.slice(0, -1)},"body":${answer.body}}`;
}

const field = (item: unknown, name: string): unknown =>
  typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[name] : undefined;

/**
 * `POST /decisions/batch`: up to 100 decisions, each answered as its own single POST would
 * be (`decision-post.ts`), in two transactions for the whole batch. The batch itself answers
 * 200 with one result per item, in order; only a malformed batch is refused as a whole.
 */
export function createDecisionBatch(db: Database, options: DecisionPostOptions): Handler<ApiEnv> {
  return async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const envelope = envelopeSchema.safeParse(body.value);
    if (!envelope.success) {
      return sendError(c, 422, 'invalid_batch', summariseIssues(envelope.error));
    }
    const me = c.get('me');
    const { cases } = options;
    const items = envelope.data.items.map((item) => {
      const rawKey = field(item, 'idempotencyKey');
      const key = typeof rawKey === 'string' ? rawKey : undefined;
      const raw = field(item, 'decision');
      return { key, raw, checked: checkDecisionRequest({ key, body: raw, me, cases }) };
    });
    // Each item is the request its single POST would be, so a key may move between them.
    const prefix = c.req.path.slice(0, -BATCH_SUFFIX.length);
    const keyed: KeyedDecision[] = items.flatMap(({ raw, checked }) => {
      if (!checked.ok) return [];
      const { decision } = checked;
      const ref = cases.resolve(decision.console, decision.caseId);
      return [{ key: decision.id, decision, fingerprint: decisionFingerprint(prefix, ref, raw) }];
    });
    const recorded = await recordKeyedDecisions(db, keyed, me, options);
    let next = 0;
    const results = items.map(({ key, checked }) =>
      resultText(key ?? null, checked.ok ? recorded[next++]! : checked.answer),
    );
    return sendEncodedJson(c, `{"results":[${results.join(',')}]}`, 200);
  };
}
