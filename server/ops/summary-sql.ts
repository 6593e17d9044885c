import { filterSql } from './summary-common';

/**
 * The exact SQL behind `GET /ops/summary`, for windows that do not fall on whole UTC days
 * (the rollups answer the rest, see summary-rollup.ts). Every figure is an aggregate over `ops_base`: the live
 * decisions (reversals themselves excluded: they count as the overturn of what they undo) in
 * the time window, filters and caller's scope, each with its reviewer's team when it was recorded and its QA review
 * and dispute. `median` and `percentile` are SQLite's own (3.47+), so the 100,000 handle times
 * never leave the database.
 */

/**
 * The filtered decisions, written once per request into a connection-private TEMP table that
 * every aggregate then reads: re-running the joins as a CTE in each of the ten queries cost
 * ten scans of 100,000 rows. better-sqlite3 is synchronous, so no other request on this
 * connection can see the table between its fill and its clearing.
 */
export const CREATE_BASE = `CREATE TEMP TABLE IF NOT EXISTS ops_base (
  decision_id TEXT, reviewer_id TEXT, period TEXT, decided_at TEXT, queue TEXT, sla_due_at TEXT,
  handle_ms INTEGER, action TEXT, agreement TEXT, suggested_action TEXT, top_category TEXT,
  reversed INTEGER, team_id TEXT, reviewer_name TEXT, qa_agreed INTEGER, qa_score REAL,
  dispute_open INTEGER)`;

export const CLEAR_BASE = 'DELETE FROM temp.ops_base';

export function fillBase(scopeSql: string): string {
  return `INSERT INTO temp.ops_base
    SELECT f.decision_id, f.reviewer_id,
      CASE @granularity WHEN 'week' THEN date(f.decided_at, '-6 days', 'weekday 1')
        ELSE substr(f.decided_at, 1, 10) END,  -- a week is the Monday on or before the day
      f.decided_at, f.queue, f.sla_due_at, f.handle_ms,
      f.action, f.agreement, f.suggested_action, f.top_category, f.reversed,
      f.team_id, COALESCE(u.name, f.reviewer_id),
      r.agreed, r.score, (q.decision_id IS NOT NULL AND q.outcome IS NULL)
    FROM decision_facts f
      LEFT JOIN users u ON u.id = f.reviewer_id
      LEFT JOIN qa_reviews r ON r.decision_id = f.decision_id
      LEFT JOIN qa_disputes q ON q.decision_id = f.decision_id
    WHERE f.mode = 'live' AND f.is_reversal = 0 AND f.decided_at >= @from AND f.decided_at < @to
      AND ${filterSql('f')} AND ${scopeSql}`;
}

export const STATS = `COUNT(*) AS decisions,
  median(handle_ms) AS handle_median, percentile(handle_ms, 90) AS handle_p90,
  COUNT(sla_due_at) AS sla_known, COALESCE(SUM(decided_at > sla_due_at), 0) AS sla_breached,
  COALESCE(SUM(reversed), 0) AS reversed, COUNT(qa_agreed) AS qa_reviews,
  COALESCE(SUM(qa_agreed = 0), 0) AS qa_disagreed, AVG(qa_score) AS qa_score,
  COALESCE(SUM(dispute_open), 0) AS disputes_open`;

export const groupedStats = (key: string, order = 'key') =>
  `SELECT ${key} AS key, MIN(reviewer_name) AS name, MIN(team_id) AS team_id, ${STATS}
     FROM temp.ops_base GROUP BY key ORDER BY ${order}`;

export const modelBy = (column: string) =>
  `SELECT ${column} AS key, COUNT(*) AS suggested, SUM(agreement = 'overrode') AS overrode
     FROM temp.ops_base WHERE agreement <> 'no-suggestion' AND ${column} IS NOT NULL
     GROUP BY key ORDER BY suggested DESC, key`;

export const CONFUSION = `SELECT suggested_action AS suggested, action AS decided, COUNT(*) AS count
  FROM temp.ops_base WHERE agreement <> 'no-suggestion' AND suggested_action IS NOT NULL
  GROUP BY suggested, decided ORDER BY suggested, decided`;

export const ESCALATIONS = `SELECT action, COUNT(*) AS count FROM temp.ops_base
  WHERE action IN (SELECT value FROM json_each(@escalating)) GROUP BY action ORDER BY count DESC, action`;
