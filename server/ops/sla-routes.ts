import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { z } from 'zod';
import { slaTodayQuerySchema, slaTodaySchema } from '../../utils/ops/sla-schema';
import type { ApiEnv } from '../api/auth';
import { sendError, sendJson } from '../api/respond';
import type { CaseSettings } from '../cases/case-settings';
import { prepared } from '../db/statements';

const row = z.object({ decided_at: z.string(), due: z.string().nullable() });

/**
 * `GET /ops/sla-today`: how many of a queue's cases were decided after their SLA due time since
 * `since` (the panel sends its local midnight). Counts only, no case content, so every signed-in
 * role may ask; the due time is the case record's, or the hosted case's.
 */
export function addSlaRoutes(api: Hono<ApiEnv>, db: Database, cases: CaseSettings): void {
  api.get('/ops/sla-today', (c) => {
    const query = slaTodayQuerySchema.safeParse(c.req.query());
    if (!query.success) return sendError(c, 400, 'invalid_query', query.error.message);
    const { console, queue, since } = query.data;
    const rows = prepared(
      db,
      `SELECT d.decided_at,
          COALESCE(json_extract(d.decision, '$.caseRecord.slaDueAt'), c.sla_due_at) AS due
        FROM decisions d LEFT JOIN cases c ON d.case_console = '' AND c.id = d.case_id
        WHERE d.mode = 'live' AND d.reversed_by IS NULL AND d.case_console = @namespace
          AND d.decided_at >= @since
          AND COALESCE(json_extract(d.decision, '$.caseRecord.queue'), c.queue) = @queue`,
    )
      .all({ namespace: cases.namespaceOf(console), since: new Date(since).toISOString(), queue })
      .map((raw) => row.parse(raw));
    const breached = rows.filter(
      (r) => r.due !== null && Date.parse(r.decided_at) > Date.parse(r.due),
    ).length;
    return sendJson(c, slaTodaySchema, { queue, since, decided: rows.length, breached });
  });
}
