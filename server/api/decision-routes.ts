import type { Database } from 'better-sqlite3';
import { isGoldCase } from '../db/gold-sets';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { isoTimeSchema } from '../../utils/case/schema';
import { decisionHistorySchema } from '../../utils/decisions/schema';
import { caseExists } from '../db/cases';
import { listAccountDecisions, listCaseDecisions, listDecisionsSince } from '../db/decisions';
import { requireBearer, type ApiEnv } from './auth';
import { createDecisionBatch } from './decision-batch';
import { createDecisionPost, type DecisionPostOptions } from './decision-post';
import { summariseIssues } from './read-json';
import { sendError, sendJson } from './respond';

export const ACCOUNT_HISTORY_LIMIT = 100;
export const EXPORT_DEFAULT_LIMIT = 1000;
export const EXPORT_MAX_LIMIT = 10_000;

/** A decision is a few KB at most (note ≤ 5000 chars); refuse anything far bigger unread. */
const MAX_DECISION_BYTES = 64 * 1024;
/** A batch of 100 ordinary decisions is well under this; the client keeps its batches smaller. */
const MAX_BATCH_BYTES = 2 * 1024 * 1024;

const exportQuerySchema = z.object({
  since: isoTimeSchema.optional(),
  // Above the maximum is clamped rather than refused: "as many as you will give me".
  limit: z.coerce
    .number()
    .int()
    .positive()
    .default(EXPORT_DEFAULT_LIMIT)
    .transform((n) => Math.min(n, EXPORT_MAX_LIMIT)),
});

export interface DecisionRouteOptions extends DecisionPostOptions {
  /** Fault injection for decision POSTs, when the server was started with `faults: true`. */
  injectFault?: MiddlewareHandler<ApiEnv>;
}

/** Adds the decision routes to the (already authenticated) case API. */
export function addDecisionRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  options: DecisionRouteOptions,
): void {
  const tooLarge = bodyLimit({
    maxSize: MAX_DECISION_BYTES,
    onError: (c) => sendError(c, 413, 'payload_too_large', 'A decision body is at most 64 KiB.'),
  });
  const post = createDecisionPost(db, options);
  // No fault injection configured is a middleware that just goes on.
  const inject: MiddlewareHandler<ApiEnv> = options.injectFault ?? ((_c, next) => next());
  api.post('/cases/:id/decisions', inject, tooLarge, post);

  const batchTooLarge = bodyLimit({
    maxSize: MAX_BATCH_BYTES,
    onError: (c) => sendError(c, 413, 'payload_too_large', 'A decision batch is at most 2 MiB.'),
  });
  // `/decisions` alone is authenticated by the API's own list; this path needs it here.
  const batch = createDecisionBatch(db, options);
  api.post('/decisions/batch', requireBearer(db), inject, batchTooLarge, batch);

  api.get('/cases/:id/decisions', (c) => {
    const id = c.req.param('id');
    // A gold case has no live history; a 404 would tell a reviewer it is a calibration case.
    if (!caseExists(db, id) && !isGoldCase(db, id)) {
      return sendError(c, 404, 'not_found', `No case with id ${id}.`);
    }
    return sendJson(c, decisionHistorySchema, { decisions: listCaseDecisions(db, id) });
  });

  api.get('/accounts/:accountId/decisions', (c) => {
    const decisions = listAccountDecisions(db, c.req.param('accountId'), ACCOUNT_HISTORY_LIMIT);
    return sendJson(c, decisionHistorySchema, { decisions });
  });

  api.get('/decisions', (c) => {
    const query = exportQuerySchema.safeParse({
      since: c.req.query('since') || undefined,
      limit: c.req.query('limit') || undefined,
    });
    if (!query.success) {
      return sendError(c, 400, 'invalid_query', summariseIssues(query.error));
    }
    const since = query.data.since === undefined ? undefined : new Date(query.data.since);
    const decisions = listDecisionsSince(db, since, query.data.limit);
    return sendJson(c, decisionHistorySchema, { decisions });
  });
}
