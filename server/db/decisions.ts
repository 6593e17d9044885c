import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from './statements';
import {
  recordedDecisionSchema,
  type Decision,
  type RecordedDecision,
} from '../../utils/decisions/schema';
import type { CaseRef } from '../cases/resolve-case';
import { scopeDecisions, type Scope } from '../qa/scope';

/**
 * Decision storage. Append-only (the triggers in the migration enforce it): a decision is
 * inserted once and the only later write is the `reversed_by` link set by its reversal.
 * History is ordered by `seq`, the order of receipt, which unlike `decidedAt` (the reviewer's
 * clock) cannot be skewed by a client or reordered by a late outbox delivery. A case is named
 * by its resolved reference (`case_console` '' for hosted cases, see `resolve-case.ts`).
 */

const rowSchema = z.object({
  decision: z.string(),
  received_at: z.string(),
  reviewer_name: z.string(),
  reversed_by: z.string().nullable(),
});

const COLUMNS = 'decision, received_at, reviewer_name, reversed_by';

function toRecorded(raw: unknown): RecordedDecision {
  const row = rowSchema.parse(raw);
  return recordedDecisionSchema.parse({
    ...z.record(z.string(), z.unknown()).parse(JSON.parse(row.decision)),
    receivedAt: row.received_at,
    reviewerName: row.reviewer_name,
    reversedBy: row.reversed_by ?? undefined,
  });
}

export function insertDecision(
  db: Database,
  decision: Decision,
  meta: { ref: CaseRef; receivedAt: string; reviewerName: string },
): RecordedDecision {
  prepared(
    db,
    `INSERT INTO decisions (id, case_console, case_id, reviewer_id, reviewer_name,
       reported_account_id, mode, decided_at, received_at, reverses, decision)
     VALUES (@id, @caseConsole, @caseId, @reviewerId, @reviewerName, @reportedAccountId, @mode,
       @decidedAt, @receivedAt, @reverses, @decision)`,
  ).run({
    id: decision.id,
    caseConsole: meta.ref.namespace,
    caseId: meta.ref.caseId,
    reviewerId: decision.reviewerId,
    reviewerName: meta.reviewerName,
    reportedAccountId: decision.reportedAccountId ?? null,
    mode: decision.mode,
    decidedAt: new Date(decision.decidedAt).toISOString(),
    receivedAt: meta.receivedAt,
    reverses: decision.reverses ?? null,
    decision: JSON.stringify(decision),
  });
  return { ...decision, receivedAt: meta.receivedAt, reviewerName: meta.reviewerName };
}

/** Links a decision to the reversal that undid it; throws if it was already reversed. */
export function linkReversal(db: Database, reversedId: string, reversalId: string): void {
  const { changes } = prepared(
    db,
    'UPDATE decisions SET reversed_by = ? WHERE id = ? AND reversed_by IS NULL',
  ).run(reversalId, reversedId);
  if (changes !== 1) throw new Error(`decision ${reversedId} is missing or already reversed`);
}

export function findDecision(db: Database, id: string): RecordedDecision | undefined {
  const raw = prepared(db, `SELECT ${COLUMNS} FROM decisions WHERE id = ?`).get(id);
  return raw === undefined ? undefined : toRecorded(raw);
}

/** A decision, if it is on this case: what `reverses` and `secondOpinionOf` may name. */
export function findDecisionOnCase(
  db: Database,
  id: string,
  ref: CaseRef,
): RecordedDecision | undefined {
  const raw = prepared(
    db,
    `SELECT ${COLUMNS} FROM decisions WHERE id = ? AND case_console = ? AND case_id = ?`,
  ).get(id, ref.namespace, ref.caseId);
  return raw === undefined ? undefined : toRecorded(raw);
}

/** Live decisions on a case that no reversal has undone, oldest first. */
export function activeLiveDecisions(db: Database, ref: CaseRef): RecordedDecision[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM decisions WHERE case_console = ? AND case_id = ?
       AND mode = 'live' AND reversed_by IS NULL ORDER BY seq`,
  )
    .all(ref.namespace, ref.caseId)
    .map(toRecorded);
}

/** A case's whole history, reversed decisions included, oldest first. */
export function listCaseDecisions(db: Database, ref: CaseRef): RecordedDecision[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM decisions WHERE case_console = ? AND case_id = ? ORDER BY seq`,
  )
    .all(ref.namespace, ref.caseId)
    .map(toRecorded);
}

/** Decisions about one reported account seen in one namespace's cases, newest first. */
export function listAccountDecisions(
  db: Database,
  namespace: string,
  accountId: string,
  limit: number,
): RecordedDecision[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM decisions WHERE case_console = ? AND reported_account_id = ?
       ORDER BY seq DESC LIMIT ?`,
  )
    .all(namespace, accountId, limit)
    .map(toRecorded);
}

/**
 * Decisions received at or after `since` (all when undefined), newest first, of the reviewers
 * the caller's scope covers (see server/qa/scope.ts).
 */
export function listDecisionsSince(
  db: Database,
  since: Date | undefined,
  limit: number,
  scope: Scope = { kind: 'all' },
): RecordedDecision[] {
  const where = scopeDecisions(scope, { id: 'decisions.id', reviewer: 'reviewer_id' });
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM decisions WHERE (@since IS NULL OR received_at >= @since)
       AND ${where.sql} ORDER BY seq DESC LIMIT @limit`,
  )
    .all({ since: since?.toISOString() ?? null, limit, scope: where.value })
    .map(toRecorded);
}
