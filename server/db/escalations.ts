import type { Database } from 'better-sqlite3';
import type { Escalation, EscalationState } from '../../utils/escalations/schema';
import type { CaseRef } from '../cases/resolve-case';
import { scopeCondition, type Scope } from '../qa/scope';
import { SELECT, toEscalation } from './escalation-read';
import { prepared } from './statements';

/**
 * Escalation storage. The row holds the current state for queries; the history table holds
 * every transition (append-only), and an escalation is read back with its history, its
 * deliveries and whether its decision was reversed since.
 */

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
