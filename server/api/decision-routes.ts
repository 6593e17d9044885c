import type { Database } from 'better-sqlite3';
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { isoTimeSchema } from '../../utils/case/schema';
import { DECISION_MAX_BYTES, decisionHistorySchema } from '../../utils/decisions/schema';
import { listDecisionsSince } from '../db/decisions';
import { scopeOf } from '../qa/scope';
import { requireBearer, type ApiEnv } from './auth';
import { addCaseHistoryRoutes } from './case-history-routes';
import { createDecisionBatch } from './decision-batch';
import {
  CONSOLE_DECISIONS_ROUTE,
  createDecisionPost,
  HOSTED_DECISIONS_ROUTE,
  type DecisionPostOptions,
} from './decision-post';
import { summariseIssues } from './read-json';
import { sendError, sendJson } from './respond';

export { ACCOUNT_HISTORY_LIMIT } from './case-history-routes';
export const EXPORT_DEFAULT_LIMIT = 1000;
export const EXPORT_MAX_LIMIT = 10_000;
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
  // A decision is a few KB; with the case text it may carry (`caseRecord.items`), far more.
  const tooLarge = bodyLimit({
    maxSize: DECISION_MAX_BYTES,
    onError: (c) =>
      sendError(
        c,
        413,
        'payload_too_large',
        'A decision body is at most 1 MiB: send it without its case text (caseRecord.items).',
      ),
  });
  // No fault injection configured is a middleware that just goes on.
  const inject: MiddlewareHandler<ApiEnv> = options.injectFault ?? ((_c, next) => next());
  for (const route of [CONSOLE_DECISIONS_ROUTE, HOSTED_DECISIONS_ROUTE] as const) {
    api.post(route, inject, tooLarge, createDecisionPost(db, options, route));
  }

  const batchTooLarge = bodyLimit({
    maxSize: MAX_BATCH_BYTES,
    onError: (c) => sendError(c, 413, 'payload_too_large', 'A decision batch is at most 2 MiB.'),
  });
  // `/decisions` alone is authenticated by the API's own list; this path needs it here.
  const batch = createDecisionBatch(db, options);
  api.post('/decisions/batch', requireBearer(db, options.clock), inject, batchTooLarge, batch);

  addCaseHistoryRoutes(api, db, options.cases);

  api.get('/decisions', (c) => {
    const query = exportQuerySchema.safeParse({
      since: c.req.query('since') || undefined,
      limit: c.req.query('limit') || undefined,
    });
    if (!query.success) {
      return sendError(c, 400, 'invalid_query', summariseIssues(query.error));
    }
    const since = query.data.since === undefined ? undefined : new Date(query.data.since);
    const decisions = listDecisionsSince(db, since, query.data.limit, scopeOf(c.get('me')));
    return sendJson(c, decisionHistorySchema, { decisions });
  });
}
