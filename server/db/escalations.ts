import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { decisionChecklistSchema } from '../../utils/decisions/checklist-schema';
import {
  escalationSchema,
  type Escalation,
  type EscalationState,
} from '../../utils/escalations/schema';
import type { CaseRef } from '../cases/resolve-case';
import { scopeCondition, type Scope } from '../qa/scope';
import { prepared } from './statements';

/**
 * Escalation storage. The row holds the current state for queries; the history table holds
 * every transition (append-only), and an escalation is read back with its history, its
 * deliveries and whether its decision was reversed since.
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

const SELECT = `SELECT e.id, e.case_id, e.console, e.decision_id, e.action, e.severity, e.state,
  e.opened_at, e.checklists, d.reversed_by
  FROM escalations e LEFT JOIN decisions d ON d.id = e.decision_id`;

function toEscalation(db: Database, raw: unknown): Escalation {
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

export interface EscalationRow {
  id: string;
  ref: CaseRef;
  console: string;
  decisionId: string;
  action: string;
  severity: string;
  openedAt: string;
  caseUrl?: string;
  checklists: unknown[];
}

export interface Actor {
  id: string;
  name: string;
}

export function appendStep(
  db: Database,
  id: string,
  step: { state: EscalationState; by: Actor; at: string; note?: string },
): void {
  prepared(
    db,
    'INSERT INTO escalation_history (escalation_id, state, by_id, by_name, at, note) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, step.state, step.by.id, step.by.name, step.at, step.note ?? null);
}

export function insertEscalation(db: Database, row: EscalationRow, by: Actor): void {
  prepared(
    db,
    `INSERT INTO escalations (id, case_console, case_id, console, decision_id, action, severity,
       state, opened_at, case_url, checklists) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
  ).run(
    row.id,
    row.ref.namespace,
    row.ref.caseId,
    row.console,
    row.decisionId,
    row.action,
    row.severity,
    row.openedAt,
    row.caseUrl ?? null,
    JSON.stringify(row.checklists),
  );
  appendStep(db, row.id, { state: 'open', by, at: row.openedAt });
}

/** The case's escalation that is not closed yet, if any (at most one, by a unique index). */
export function standingEscalationId(db: Database, ref: CaseRef): string | undefined {
  const row = prepared(
    db,
    "SELECT id FROM escalations WHERE case_console = ? AND case_id = ? AND state <> 'closed'",
  ).get(ref.namespace, ref.caseId) as { id: string } | undefined;
  return row?.id;
}

/** Moves the state only from `from`: a concurrent transition makes this a no-op (false). */
export function setState(
  db: Database,
  id: string,
  from: readonly EscalationState[],
  to: EscalationState,
): boolean {
  const marks = from.map(() => '?').join(', ');
  const { changes } = prepared(
    db,
    `UPDATE escalations SET state = ? WHERE id = ? AND state IN (${marks})`,
  ).run(to, id, ...from);
  return changes === 1;
}

export function findEscalation(db: Database, id: string): Escalation | undefined {
  const raw = prepared(db, `${SELECT} WHERE e.id = ?`).get(id);
  return raw === undefined ? undefined : toEscalation(db, raw);
}

export function caseUrlOf(db: Database, id: string): string | undefined {
  const row = prepared(db, 'SELECT case_url FROM escalations WHERE id = ?').get(id) as
    { case_url: string | null } | undefined;
  return row?.case_url ?? undefined;
}

export function listCaseEscalations(db: Database, ref: CaseRef): Escalation[] {
  return prepared(
    db,
    `${SELECT} WHERE e.case_console = ? AND e.case_id = ? ORDER BY e.opened_at DESC`,
  )
    .all(ref.namespace, ref.caseId)
    .map((raw) => toEscalation(db, raw));
}

/** Escalations not closed yet, oldest first, seen through the caller's scope (by who opened them). */
export function listStandingEscalations(db: Database, scope: Scope, limit = 500): Escalation[] {
  const condition = scopeCondition(
    scope,
    `(SELECT by_id FROM escalation_history h WHERE h.escalation_id = e.id ORDER BY seq LIMIT 1)`,
  );
  return prepared(
    db,
    `${SELECT} WHERE e.state <> 'closed' AND ${condition.sql} ORDER BY e.opened_at LIMIT @limit`,
  )
    .all({ scope: condition.value, limit })
    .map((raw) => toEscalation(db, raw));
}
