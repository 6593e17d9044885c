import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { opsSummaryQuerySchema, opsSummarySchema } from '../../utils/ops/summary-schema';
import type { ApiEnv } from '../api/auth';
import { sendError, sendJson } from '../api/respond';
import { scopeOf } from '../qa/scope';
import { opsSummary } from './summary-query';

/**
 * `GET /ops/summary`: the operations dashboard's figures. Scoped here, not in the page: leads,
 * QA reviewers and admins see every team; vendor managers and trainers their own team, and
 * naming another team is refused rather than quietly answered with nothing; reviewers get 403.
 */
export function addOpsSummaryRoutes(api: Hono<ApiEnv>, db: Database): void {
  api.get('/ops/summary', (c) => {
    const me = c.get('me');
    const scope = scopeOf(me);
    if (scope.kind === 'reviewer') {
      return sendError(c, 403, 'forbidden', 'Reviewers cannot read team operations figures.');
    }
    const query = opsSummaryQuerySchema.safeParse(c.req.query());
    if (!query.success) return sendError(c, 400, 'invalid_query', query.error.message);
    if (
      scope.kind === 'team' &&
      query.data.team !== undefined &&
      query.data.team !== scope.teamId
    ) {
      return sendError(c, 403, 'forbidden', `A ${me.role} sees their own team's figures only.`);
    }
    return sendJson(c, opsSummarySchema, opsSummary(db, query.data, scope));
  });
}
