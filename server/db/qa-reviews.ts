import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { criterionScoreSchema, type QaResult } from '../../utils/qa/result-schema';
import { sampleReasonSchema } from '../../utils/qa/schema';
import { scopeDecisions, type Scope } from '../qa/scope';
import { prepared } from './statements';

/** QA reviews (append-only) and their disputes, read back as results. */

export interface ReviewRow {
  decisionId: string;
  qaDecisionId: string;
  qaReviewerId: string;
  qaAction: string;
  agreed: boolean;
  scorecardVersion: number;
  scores: Record<string, boolean | null>;
  score: number;
  note: string | undefined;
  scoredAt: string;
}

export function insertReview(db: Database, r: ReviewRow): void {
  prepared(
    db,
    `INSERT INTO qa_reviews (decision_id, qa_decision_id, qa_reviewer_id, qa_action, agreed,
       scorecard_version, scores, score, note, scored_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.decisionId,
    r.qaDecisionId,
    r.qaReviewerId,
    r.qaAction,
    r.agreed ? 1 : 0,
    r.scorecardVersion,
    JSON.stringify(r.scores),
    r.score,
    r.note ?? null,
    r.scoredAt,
  );
}

const resultRow = z.object({
  decision_id: z.string(),
  console: z.string(),
  case_id: z.string(),
  reviewer_id: z.string(),
  reason: sampleReasonSchema,
  qa_decision_id: z.string(),
  qa_reviewer_id: z.string(),
  qa_action: z.string(),
  agreed: z.number(),
  scorecard_version: z.number(),
  scores: z.string(),
  score: z.number(),
  note: z.string().nullable(),
  scored_at: z.string(),
  d_reason: z.string().nullable(),
  opened_at: z.string().nullable(),
  outcome: z.enum(['upheld', 'overturned']).nullable(),
  settled_by: z.string().nullable(),
  settle_note: z.string().nullable(),
  settled_at: z.string().nullable(),
});

function toResult(raw: unknown): QaResult {
  const row = resultRow.parse(raw);
  const dispute =
    row.d_reason === null || row.opened_at === null
      ? null
      : {
          reason: row.d_reason,
          openedAt: row.opened_at,
          outcome: row.outcome,
          settledBy: row.settled_by,
          settleNote: row.settle_note,
          settledAt: row.settled_at,
        };
  return {
    decisionId: row.decision_id,
    console: row.console,
    caseId: row.case_id,
    reviewerId: row.reviewer_id,
    reason: row.reason,
    qaDecisionId: row.qa_decision_id,
    qaReviewerId: row.qa_reviewer_id,
    qaAction: row.qa_action,
    agreed: row.agreed === 1,
    scorecardVersion: row.scorecard_version,
    scores: z.record(z.string(), criterionScoreSchema).parse(JSON.parse(row.scores)),
    score: row.score,
    note: row.note ?? undefined,
    scoredAt: row.scored_at,
    dispute,
  };
}

const RESULT_SELECT = `SELECT r.*, s.reason, d.reviewer_id, d.case_id,
    json_extract(d.decision, '$.console') AS console,
    q.reason AS d_reason, q.opened_at, q.outcome, q.settled_by, q.settle_note, q.settled_at
  FROM qa_reviews r JOIN qa_samples s ON s.decision_id = r.decision_id
  JOIN decisions d ON d.id = r.decision_id
  LEFT JOIN qa_disputes q ON q.decision_id = r.decision_id`;

/** Results on decisions in the caller's scope, newest first; `caseId` narrows to one case. */
export function listResults(
  db: Database,
  scope: Scope,
  filter: { caseId?: string; limit: number },
): QaResult[] {
  const where = scopeDecisions(scope, { id: 'd.id', reviewer: 'd.reviewer_id' });
  return prepared(
    db,
    `${RESULT_SELECT} WHERE ${where.sql} AND (@caseId IS NULL OR d.case_id = @caseId)
      ORDER BY r.scored_at DESC LIMIT @limit`,
  )
    .all({ scope: where.value, caseId: filter.caseId ?? null, limit: filter.limit })
    .map(toResult);
}

export function findResult(db: Database, decisionId: string): QaResult | undefined {
  const raw = prepared(db, `${RESULT_SELECT} WHERE r.decision_id = ?`).get(decisionId);
  return raw === undefined ? undefined : toResult(raw);
}

export function insertDispute(db: Database, decisionId: string, reason: string, at: string) {
  prepared(db, 'INSERT INTO qa_disputes (decision_id, reason, opened_at) VALUES (?, ?, ?)').run(
    decisionId,
    reason,
    at,
  );
}

/** Settles an open dispute; false when it was settled already. */
export function settleDispute(
  db: Database,
  decisionId: string,
  s: { outcome: 'upheld' | 'overturned'; by: string; note?: string; at: string },
): boolean {
  const { changes } = prepared(
    db,
    `UPDATE qa_disputes SET outcome = ?, settled_by = ?, settle_note = ?, settled_at = ?
      WHERE decision_id = ? AND outcome IS NULL`,
  ).run(s.outcome, s.by, s.note ?? null, s.at, decisionId);
  return changes === 1;
}
