import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import {
  feedbackFiltersSchema,
  feedbackReportSchema,
  type FeedbackFilters,
} from '../../utils/feedback/schema';
import { requireBearer, type ApiEnv } from '../api/auth';
import { leadsOnly } from '../api/leads-only';
import { summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { exportStream } from './stream';
import { CONTENT_TYPES } from './formats';
import { toEvalRecord } from './records';
import { createReportBuilder } from './report';
import { feedbackRows, readFeedbackPage } from './rows';

type Filtered = { ok: true; filters: FeedbackFilters } | { ok: false; response: Response };

/** Parses the query and refuses, with the reason, filters that are wrong or match nothing. */
function filtersOf(c: Context<ApiEnv>, db: Database): Filtered {
  const parsed = feedbackFiltersSchema.safeParse(c.req.query());
  if (!parsed.success) {
    return {
      ok: false,
      response: sendError(c, 422, 'invalid_query', summariseIssues(parsed.error)),
    };
  }
  if (readFeedbackPage(db, parsed.data, 0, 1).length === 0) {
    const message = 'No decisions match these filters: widen the time range or drop a filter.';
    return { ok: false, response: sendError(c, 404, 'no_match', message) };
  }
  return { ok: true, filters: parsed.data };
}

/** `GET /feedback/export` (streamed JSONL or CSV) and `GET /feedback/report` (JSON). */
export function addFeedbackRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  // Decisions with their case text are the team's most sensitive data.
  api.use('/feedback/*', requireBearer(db, clock), leadsOnly('export decisions'));

  api.get('/feedback/export', (c) => {
    const checked = filtersOf(c, db);
    if (!checked.ok) return checked.response;
    const { format } = checked.filters;
    const extension = format === 'csv' ? 'csv' : 'jsonl';
    return c.body(exportStream(db, checked.filters), 200, {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="caselight-feedback-${format}.${extension}"`,
    });
  });

  api.get('/feedback/report', async (c) => {
    const checked = filtersOf(c, db);
    if (!checked.ok) return checked.response;
    const report = createReportBuilder();
    for (const page of feedbackRows(db, checked.filters)) {
      for (const row of page) report.add(toEvalRecord(row));
      // Let other requests through between pages of a long report.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return sendJson(c, feedbackReportSchema, report.result());
  });
}
