import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { decisionChecklistSchema } from '../../utils/decisions/checklist-schema';
import { escalationSchema, type Escalation } from '../../utils/escalations/schema';
import { prepared } from './statements';

/**
 * An escalation as the API answers it: the row, its history in order, its deliveries, and
 * whether its decision was reversed since (read from the decision, never copied).
 */
const rowSchema = z.object({
  id: z.string(),
  case_id: z.string(),
  console: z.string(),
  decision_id: z.string(),
  action: z.string(),
  severity: z.string(),
  state: z.string(),
  opened_at: z.string(),
  checklists: z.string(),
  reversed_by: z.string().nullable(),
});
const stepRow = z.object({
  state: z.string(),
  by_id: z.string(),
  by_name: z.string(),
  at: z.string(),
  note: z.string().nullable(),
});
const deliveryRow = z.object({
  webhook_id: z.string(),
  event: z.string(),
  status: z.string(),
  attempts: z.number(),
  last_error: z.string().nullable(),
  next_attempt_at: z.string(),
  delivered_at: z.string().nullable(),
});

export const SELECT = `SELECT e.id, e.case_id, e.console, e.decision_id, e.action, e.severity, e.state,
  e.opened_at, e.checklists, d.reversed_by
  FROM escalations e LEFT JOIN decisions d ON d.id = e.decision_id`;

export function toEscalation(db: Database, raw: unknown): Escalation {
  const row = rowSchema.parse(raw);
  const history = prepared(
    db,
    'SELECT state, by_id, by_name, at, note FROM escalation_history WHERE escalation_id = ? ORDER BY seq',
  )
    .all(row.id)
    .map((r) => stepRow.parse(r))
    .map((s) => ({
      state: s.state,
      byId: s.by_id,
      byName: s.by_name,
      at: s.at,
      note: s.note ?? undefined,
    }));
  const deliveries = prepared(
    db,
    `SELECT webhook_id, event, status, attempts, last_error, next_attempt_at, delivered_at
       FROM escalation_deliveries WHERE escalation_id = ? ORDER BY seq`,
  )
    .all(row.id)
    .map((r) => deliveryRow.parse(r))
    .map((d) => ({
      webhookId: d.webhook_id,
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      lastError: d.last_error ?? undefined,
      nextAttemptAt: d.status === 'pending' ? d.next_attempt_at : undefined,
      deliveredAt: d.delivered_at ?? undefined,
    }));
  return escalationSchema.parse({
    id: row.id,
    console: row.console,
    caseId: row.case_id,
    decisionId: row.decision_id,
    action: row.action,
    severity: row.severity,
    state: row.state,
    openedAt: row.opened_at,
    decisionReversedBy: row.reversed_by ?? undefined,
    checklists: z.array(decisionChecklistSchema).parse(JSON.parse(row.checklists)),
    history,
    deliveries,
  });
}
