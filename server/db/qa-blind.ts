import type { Database } from 'better-sqlite3';
import { prepared } from './statements';

/**
 * The blind step: a QA reviewer sees the original decision only once they have decided the
 * same case themselves in mode `qa`, after it was decided live. Hosted cases shown by several
 * consoles are one case (the same `case_console` namespace), so the check is on the columns.
 */
export function blindQaDecisionId(
  db: Database,
  sampledId: string,
  qaReviewerId: string,
): string | undefined {
  const id: unknown = prepared(
    db,
    `SELECT q.id FROM decisions d JOIN decisions q
        ON q.case_console = d.case_console AND q.case_id = d.case_id
      WHERE d.id = ? AND q.mode = 'qa' AND q.reviewer_id = ? AND q.seq > d.seq
      ORDER BY q.seq DESC LIMIT 1`,
  )
    .pluck()
    .get(sampledId, qaReviewerId);
  return typeof id === 'string' ? id : undefined;
}

/** Whether `qaDecisionId` is a QA-mode decision by this reviewer on the sampled case. */
export function isBlindQaDecision(
  db: Database,
  sampledId: string,
  qaDecisionId: string,
  qaReviewerId: string,
): boolean {
  const hit = prepared(
    db,
    `SELECT 1 FROM decisions d JOIN decisions q
        ON q.case_console = d.case_console AND q.case_id = d.case_id
      WHERE d.id = ? AND q.id = ? AND q.mode = 'qa' AND q.reviewer_id = ? AND q.seq > d.seq`,
  ).get(sampledId, qaDecisionId, qaReviewerId);
  return hit !== undefined;
}
