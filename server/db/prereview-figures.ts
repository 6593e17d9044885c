import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  preReviewOutcomeSchema,
  type PreReviewOutcome,
  type PreReviewStatus,
} from '../../utils/qa/prereview-schema';
import { scopeDecisions, type Scope } from '../qa/scope';
import { outcomeRow } from './prereview-runs';
import { prepared } from './statements';

/** Pre-review's figures over the decisions in the caller's scope (a vendor manager: their team). */

export function outcomeCounts(db: Database, scope: Scope): Record<PreReviewOutcome, number> {
  const where = scopeDecisions(scope, { id: 'd.id', reviewer: 'd.reviewer_id' });
  const counts = Object.fromEntries(preReviewOutcomeSchema.options.map((o) => [o, 0])) as Record<
    PreReviewOutcome,
    number
  >;
  const rows = prepared(
    db,
    `SELECT r.outcome, COUNT(*) AS n FROM prereview_runs r JOIN decisions d ON d.id = r.decision_id
      WHERE ${where.sql} GROUP BY r.outcome`,
  ).all({ scope: where.value });
  for (const raw of rows) {
    const row = outcomeRow.parse(raw);
    counts[row.outcome] = row.n;
  }
  return counts;
}

const precisionRow = z.object({
  flagged: z.number(),
  scored: z.number(),
  errors: z.number(),
});

const share = (errors: number, scored: number) =>
  scored === 0 ? null : Math.round((errors / scored) * 1000) / 1000;

/**
 * A scored sample is a real error when the QA reviewer's blind action differed or they failed
 * "right action", unless a lead overturned that QA result on dispute. Model-flagged samples
 * are compared with the ones the rules took, so a lead can see whether the model adds signal.
 */
export function precision(db: Database, scope: Scope): PreReviewStatus['precision'] {
  const where = scopeDecisions(scope, { id: 'd.id', reviewer: 'd.reviewer_id' });
  const rows = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM prereview_runs p
               WHERE p.decision_id = r.decision_id AND p.outcome = 'flagged') AS flagged,
        COUNT(*) AS scored,
        SUM(CASE WHEN (r.agreed = 0 OR json_extract(r.scores, '$."right-action"') = 0)
                   AND COALESCE(q.outcome, '') <> 'overturned' THEN 1 ELSE 0 END) AS errors
      FROM qa_reviews r JOIN decisions d ON d.id = r.decision_id
      LEFT JOIN qa_disputes q ON q.decision_id = r.decision_id
      WHERE ${where.sql} GROUP BY 1`,
  ).all({ scope: where.value });
  const parsed = rows.map((raw) => precisionRow.parse(raw));
  const model = parsed.find((r) => r.flagged === 1) ?? { scored: 0, errors: 0 };
  const rules = parsed.find((r) => r.flagged === 0) ?? { scored: 0, errors: 0 };
  return {
    scored: model.scored,
    realErrors: model.errors,
    rate: share(model.errors, model.scored),
    baselineScored: rules.scored,
    baselineRate: share(rules.errors, rules.scored),
  };
}
