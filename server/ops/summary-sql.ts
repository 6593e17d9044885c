import type { Granularity } from './summary-query';

/**
 * The SQL behind `GET /ops/summary`. Every figure is an aggregate over `base`: the live
 * decisions (reversals themselves excluded: they count as the overturn of what they undo) in
 * the time window, filters and caller's scope, each with its reviewer's team and its QA review
 * and dispute. `median` and `percentile` are SQLite's own (3.47+), so the 100,000 handle times
 * never leave the database.
 */

export const PERIOD: Record<Granularity, string> = {
  day: 'substr(decided_at, 1, 10)',
  // The Monday on or before the day: ISO weeks.
  week: "date(decided_at, '-6 days', 'weekday 1')",
};

export function baseCte(scopeSql: string): string {
  return `WITH base AS (
    SELECT f.decision_id, f.reviewer_id, f.decided_at, f.queue, f.sla_due_at, f.handle_ms,
      f.action, f.agreement, f.suggested_action, f.top_category, f.reversed,
      COALESCE(u.team_id, '') AS team_id, COALESCE(u.name, f.reviewer_id) AS reviewer_name,
      r.agreed AS qa_agreed, r.score AS qa_score,
      (q.decision_id IS NOT NULL AND q.outcome IS NULL) AS dispute_open
    FROM decision_facts f
      LEFT JOIN users u ON u.id = f.reviewer_id
      LEFT JOIN qa_reviews r ON r.decision_id = f.decision_id
      LEFT JOIN qa_disputes q ON q.decision_id = f.decision_id
    WHERE f.mode = 'live' AND f.is_reversal = 0 AND f.decided_at >= @from AND f.decided_at < @to
      AND (@team IS NULL OR u.team_id = @team) AND (@queue IS NULL OR f.queue = @queue)
      AND (@reviewer IS NULL OR f.reviewer_id = @reviewer)
      AND (@console IS NULL OR f.console = @console)
      AND (@guidanceVersion IS NULL OR f.guidance_version = @guidanceVersion)
      AND ${scopeSql}
  )`;
}

export const STATS = `COUNT(*) AS decisions,
  median(handle_ms) AS handle_median, percentile(handle_ms, 90) AS handle_p90,
  COUNT(sla_due_at) AS sla_known, COALESCE(SUM(decided_at > sla_due_at), 0) AS sla_breached,
  COALESCE(SUM(reversed), 0) AS reversed, COUNT(qa_agreed) AS qa_reviews,
  COALESCE(SUM(qa_agreed = 0), 0) AS qa_disagreed, AVG(qa_score) AS qa_score,
  COALESCE(SUM(dispute_open), 0) AS disputes_open`;

export const groupedStats = (key: string, order = 'key') =>
  `SELECT ${key} AS key, MIN(reviewer_name) AS name, MIN(team_id) AS team_id, ${STATS}
     FROM base GROUP BY key ORDER BY ${order}`;

export const modelBy = (column: string) =>
  `SELECT ${column} AS key, COUNT(*) AS suggested, SUM(agreement = 'overrode') AS overrode
     FROM base WHERE agreement <> 'no-suggestion' AND ${column} IS NOT NULL
     GROUP BY key ORDER BY suggested DESC, key`;

export const CONFUSION = `SELECT suggested_action AS suggested, action AS decided, COUNT(*) AS count
  FROM base WHERE agreement <> 'no-suggestion' AND suggested_action IS NOT NULL
  GROUP BY suggested, decided ORDER BY suggested, decided`;

export const ESCALATIONS = `SELECT action, COUNT(*) AS count FROM base
  WHERE action IN (SELECT value FROM json_each(@escalating)) GROUP BY action ORDER BY count DESC`;

export const MODEL_FLAGGED = `SELECT COUNT(*) AS reviewed, COALESCE(SUM(b.qa_agreed = 0), 0) AS errors
  FROM base b JOIN qa_samples s ON s.decision_id = b.decision_id
  WHERE s.reason = 'model-flagged' AND b.qa_agreed IS NOT NULL`;
