import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { z } from 'zod';
import {
  disputeInputSchema,
  qaResultSchema,
  qaResultsSchema,
  settleInputSchema,
} from '../../utils/qa/result-schema';
import type { ApiEnv } from '../api/auth';
import { sendError, sendJson } from '../api/respond';
import { findDecision } from '../db/decisions';
import { findResult, insertDispute, listResults, settleDispute } from '../db/qa-reviews';
import { readBody } from './read-body';
import { isLead, scopeOf } from './scope';

const resultsQuerySchema = z.object({
  caseId: z.string().min(1).optional(),
  limit: z.coerce.number().int().positive().max(10_000).default(500),
});

/**
 * QA results, read in the caller's scope (a reviewer their own, a vendor manager their team's),
 * and the one dispute the original reviewer may open, which a lead settles.
 */
export function addQaDisputeRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  api.get('/qa/results', (c) => {
    const query = resultsQuerySchema.safeParse({
      caseId: c.req.query('caseId') || undefined,
      limit: c.req.query('limit') || undefined,
    });
    if (!query.success) return sendError(c, 400, 'invalid_query', query.error.message);
    const results = listResults(db, scopeOf(c.get('me')), query.data);
    return sendJson(c, qaResultsSchema, { results });
  });

  api.post('/qa/results/:decisionId/dispute', async (c) => {
    const me = c.get('me');
    const id = c.req.param('decisionId');
    const result = findResult(db, id);
    if (!result) return sendError(c, 404, 'not_found', `Decision ${id} has no QA result.`);
    if (result.reviewerId !== me.id) {
      return sendError(c, 403, 'forbidden', 'Only the reviewer who decided may dispute.');
    }
    const body = await readBody(c, disputeInputSchema);
    if (!body.ok) return body.answer;
    const reversedBy = findDecision(db, id)?.reversedBy;
    if (reversedBy !== undefined) {
      const message =
        `Decision ${id} was already reversed (by decision ${reversedBy}), so its QA result ` +
        'stands on a decision that no longer applies: there is nothing to dispute.';
      return sendError(c, 409, 'already_reversed', message);
    }
    if (result.dispute) {
      return sendError(c, 409, 'already_disputed', 'A QA result may be disputed once.');
    }
    insertDispute(db, id, body.value.reason, clock().toISOString());
    return sendJson(c, qaResultSchema, findResult(db, id)!, 201);
  });

  api.post('/qa/results/:decisionId/settle', async (c) => {
    const me = c.get('me');
    if (!isLead(me)) return sendError(c, 403, 'forbidden', 'Only a lead settles disputes.');
    const id = c.req.param('decisionId');
    if (!findResult(db, id)?.dispute) {
      return sendError(c, 404, 'not_found', `Decision ${id} has no dispute.`);
    }
    const body = await readBody(c, settleInputSchema);
    if (!body.ok) return body.answer;
    const at = clock().toISOString();
    if (!settleDispute(db, id, { ...body.value, by: me.id, at })) {
      return sendError(c, 409, 'already_settled', `The dispute on ${id} is settled.`);
    }
    return sendJson(c, qaResultSchema, findResult(db, id)!);
  });
}
