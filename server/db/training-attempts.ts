import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { decisionSchema, type Decision } from '../../utils/decisions/schema';
import {
  attemptSchema,
  calibrationSchema,
  type Attempt,
  type AttemptKind,
  type Calibration,
} from '../../utils/training/schema';
import { prepared } from './statements';

/** Attempts on gold cases (decisions filed apart from live ones) and the calibration setting. */

const attemptRowSchema = z.object({
  set_id: z.string(),
  reviewer_name: z.string(),
  kind: z.enum(['practice', 'calibration']),
  first: z.number().int(),
  received_at: z.string(),
  decision: z.string(),
});

function toAttempt(raw: unknown): Attempt {
  const row = attemptRowSchema.parse(raw);
  const decision = decisionSchema.parse(JSON.parse(row.decision));
  return attemptSchema.parse({
    decisionId: decision.id,
    setId: row.set_id,
    caseId: decision.caseId,
    reviewerId: decision.reviewerId,
    reviewerName: row.reviewer_name,
    kind: row.kind,
    action: decision.action,
    policyIds: decision.policyIds,
    decidedAt: decision.decidedAt,
    receivedAt: row.received_at,
    handleTimeMs: decision.handleTimeMs,
    first: row.first === 1,
  });
}

export interface NewAttempt {
  decision: Decision;
  setId: string;
  kind: AttemptKind;
  reviewerName: string;
  receivedAt: string;
}

/** Stores an attempt; it is the reviewer's first on the case unless one is already stored. */
export function insertAttempt(db: Database, attempt: NewAttempt): Attempt {
  const { decision } = attempt;
  const first = findFirstAttempt(db, decision.reviewerId, decision.caseId) === undefined;
  prepared(
    db,
    `INSERT INTO training_attempts (decision_id, set_id, case_id, reviewer_id, reviewer_name,
       kind, first, received_at, decision)
     VALUES (@decisionId, @setId, @caseId, @reviewerId, @reviewerName, @kind, @first,
       @receivedAt, @decision)`,
  ).run({
    decisionId: decision.id,
    setId: attempt.setId,
    caseId: decision.caseId,
    reviewerId: decision.reviewerId,
    reviewerName: attempt.reviewerName,
    kind: attempt.kind,
    first: first ? 1 : 0,
    receivedAt: attempt.receivedAt,
    decision: JSON.stringify(decision),
  });
  return findAttemptByDecision(db, decision.id)!;
}

export function findAttemptByDecision(db: Database, decisionId: string): Attempt | undefined {
  const raw = prepared(db, 'SELECT * FROM training_attempts WHERE decision_id = ?').get(decisionId);
  return raw === undefined ? undefined : toAttempt(raw);
}

/** The decision exactly as it was sent, to compare a resubmission with. */
export function attemptDecision(db: Database, decisionId: string): Decision | undefined {
  const raw: unknown = prepared(db, 'SELECT decision FROM training_attempts WHERE decision_id = ?')
    .pluck()
    .get(decisionId);
  return typeof raw === 'string' ? decisionSchema.parse(JSON.parse(raw)) : undefined;
}

export function findFirstAttempt(
  db: Database,
  reviewerId: string,
  caseId: string,
): Attempt | undefined {
  const raw = prepared(
    db,
    'SELECT * FROM training_attempts WHERE reviewer_id = ? AND case_id = ? AND first = 1',
  ).get(reviewerId, caseId);
  return raw === undefined ? undefined : toAttempt(raw);
}

export function listAttempts(db: Database, setId: string): Attempt[] {
  return prepared(db, 'SELECT * FROM training_attempts WHERE set_id = ? ORDER BY seq')
    .all(setId)
    .map(toAttempt);
}

/** Case ids of a set the reviewer has attempted, for the trainee's progress. */
export function attemptedCases(db: Database, reviewerId: string, setId: string): Set<string> {
  const ids = prepared(
    db,
    'SELECT case_id FROM training_attempts WHERE reviewer_id = ? AND set_id = ? AND first = 1',
  )
    .pluck()
    .all(reviewerId, setId) as string[];
  return new Set(ids);
}

export function readCalibration(db: Database): Calibration {
  const raw = prepared(
    db,
    'SELECT rate, set_id AS setId FROM training_calibration WHERE id = 1',
  ).get();
  return raw === undefined ? { rate: 0, setId: null } : calibrationSchema.parse(raw);
}

export function writeCalibration(db: Database, calibration: Calibration): void {
  prepared(
    db,
    `INSERT INTO training_calibration (id, rate, set_id) VALUES (1, @rate, @setId)
     ON CONFLICT (id) DO UPDATE SET rate = excluded.rate, set_id = excluded.set_id`,
  ).run(calibration);
}
