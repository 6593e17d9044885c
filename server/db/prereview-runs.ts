import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { preReviewOutcomeSchema, type PreReviewOutcome } from '../../utils/qa/prereview-schema';
import { prepared } from './statements';

/**
 * One row per live decision pre-review has taken. A decision is claimed (`pending`) before
 * the model is asked, so a restarted or second server never asks twice; a claim left by a
 * batch that died is taken back after `LEASE_MS`, and an error is retried up to MAX_ATTEMPTS.
 */

export const MAX_ATTEMPTS = 3;
export const LEASE_MS = 10 * 60_000;

/** Ids of live, standing decisions since `since` that are due a review, oldest first. */
export function dueDecisions(db: Database, since: Date, now: Date, limit: number): string[] {
  return prepared(
    db,
    `SELECT d.id FROM decisions d LEFT JOIN prereview_runs r ON r.decision_id = d.id
      WHERE d.mode = 'live' AND d.reversed_by IS NULL AND d.decided_at >= @since
        AND (r.decision_id IS NULL
          OR (r.outcome = 'error' AND r.attempts < @max)
          OR (r.outcome = 'pending' AND r.claimed_at < @lease))
      ORDER BY d.seq LIMIT @limit`,
  )
    .pluck()
    .all({
      since: since.toISOString(),
      max: MAX_ATTEMPTS,
      lease: new Date(now.getTime() - LEASE_MS).toISOString(),
      limit,
    })
    .map((id) => z.string().parse(id));
}

/** Takes a decision for this batch; false when another batch holds it or it is done. */
export function claim(db: Database, decisionId: string, now: Date): boolean {
  const { changes } = prepared(
    db,
    `INSERT INTO prereview_runs (decision_id, outcome, attempts, claimed_at)
       VALUES (@id, 'pending', 1, @now)
     ON CONFLICT (decision_id) DO UPDATE SET outcome = 'pending', attempts = attempts + 1,
       claimed_at = @now
     WHERE (outcome = 'error' AND attempts < @max) OR (outcome = 'pending' AND claimed_at < @lease)`,
  ).run({
    id: decisionId,
    now: now.toISOString(),
    max: MAX_ATTEMPTS,
    lease: new Date(now.getTime() - LEASE_MS).toISOString(),
  });
  return changes === 1;
}

export interface Finished {
  outcome: Exclude<PreReviewOutcome, 'pending'>;
  model?: string;
  modelAction?: string;
  confidence?: number;
  rationale?: string;
  error?: string;
  tokens?: number;
}

/** Records how a claimed decision's review ended; an error on the last attempt is `failed`. */
export function finish(db: Database, decisionId: string, f: Finished, at: string): void {
  prepared(
    db,
    `UPDATE prereview_runs SET
       outcome = CASE WHEN @outcome = 'error' AND attempts >= @max THEN 'failed' ELSE @outcome END,
       model = @model, model_action = @modelAction, confidence = @confidence,
       rationale = @rationale, error = @error, tokens = tokens + @tokens, finished_at = @at
     WHERE decision_id = @id`,
  ).run({
    id: decisionId,
    outcome: f.outcome,
    max: MAX_ATTEMPTS,
    model: f.model ?? null,
    modelAction: f.modelAction ?? null,
    confidence: f.confidence ?? null,
    rationale: f.rationale ?? null,
    error: f.error ?? null,
    tokens: f.tokens ?? 0,
    at,
  });
}

/**
 * Enters a flagged decision into the QA queue as model-flagged with the model's rationale. One
 * already sampled by a rule and not yet scored is re-marked, so the QA reviewer knows.
 */
export function enterQaQueue(db: Database, decisionId: string, rationale: string, at: string) {
  prepared(
    db,
    `INSERT INTO qa_samples (decision_id, reason, rationale, sampled_at)
       VALUES (@id, 'model-flagged', @rationale, @at)
     ON CONFLICT (decision_id) DO UPDATE SET reason = 'model-flagged', rationale = @rationale
     WHERE NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.decision_id = @id)`,
  ).run({ id: decisionId, rationale, at });
}

/** The model's rationale on a decision it flagged, for the QA reviewer after the blind step. */
export function flaggedRationale(db: Database, decisionId: string): string | undefined {
  const value: unknown = prepared(
    db,
    `SELECT rationale FROM prereview_runs WHERE decision_id = ? AND outcome = 'flagged'`,
  )
    .pluck()
    .get(decisionId);
  return typeof value === 'string' ? value : undefined;
}

export const outcomeRow = z.object({ outcome: preReviewOutcomeSchema, n: z.number() });
