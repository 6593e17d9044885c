import { bucketSql } from '../ops/handle-buckets';
import type { Migration } from './migrations';
import { FACT_COLUMNS, FACT_OF } from './ops-facts-migration';

/**
 * Two things for the operations dashboard.
 *
 * The reviewer's team and site at the time the decision is recorded, on its facts row: scoping
 * and the dashboard used the reviewer's current team, so moving someone to another team moved
 * their history too. Rows older than this migration get the current team (the team they had
 * then was never recorded), which is what every read assumed until now.
 *
 * Per-day rollups maintained by triggers, so the dashboard sums a few thousand rows instead of
 * aggregating 100,000 facts. The grain is what the filters and groupings need: day × reviewer ×
 * team × queue × console × guidance version (plus action, suggestion, top category and agreement
 * for the model figures). Counts are exact; handle times are a histogram (server/ops/handle-buckets.ts).
 */
export const KEY = 'day, reviewer_id, team_id, queue, console, guidance_version';
export const KEY_OF = (f: string) =>
  `substr(${f}.decided_at, 1, 10), ${f}.reviewer_id, ${f}.team_id, ${f}.queue, ${f}.console,
   ${f}.guidance_version`;
const NAMED_KEY_OF = (f: string) =>
  `substr(${f}.decided_at, 1, 10) AS day, ${f}.reviewer_id, ${f}.team_id, ${f}.queue,
   ${f}.console, ${f}.guidance_version`;
export const KEY_TYPES = `day TEXT NOT NULL, reviewer_id TEXT NOT NULL, team_id TEXT NOT NULL,
  queue TEXT NOT NULL, console TEXT NOT NULL, guidance_version INTEGER NOT NULL`;
/** The facts row a QA review or dispute belongs to, when it is a counted live decision. */
export const ROW_OF = (decisionId: string) =>
  `(${KEY}) = (SELECT ${KEY_OF('f')} FROM decision_facts f WHERE f.decision_id = ${decisionId}
     AND f.mode = 'live' AND f.is_reversal = 0)`;
const BUCKET = `'$."' || (${bucketSql('NEW.handle_ms')}) || '"'`;
export const MODEL_KEY = `${KEY}, action, suggested_action, top_category, agreement`;
export const COUNTED = "NEW.mode = 'live' AND NEW.is_reversal = 0";

export const opsRollupMigration: Migration = {
  name: 'operations dashboard: team at decision time and daily rollups',
  sql: `
    ALTER TABLE decision_facts ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE decision_facts ADD COLUMN site TEXT;
    UPDATE decision_facts SET
      team_id = COALESCE((SELECT u.team_id FROM users u WHERE u.id = decision_facts.reviewer_id), ''),
      site = (SELECT u.site FROM users u WHERE u.id = decision_facts.reviewer_id);
    CREATE INDEX decision_facts_team ON decision_facts (team_id, decided_at);
    DROP TRIGGER decision_facts_insert;
    CREATE TRIGGER decision_facts_insert AFTER INSERT ON decisions
    BEGIN INSERT OR IGNORE INTO decision_facts (${FACT_COLUMNS}, team_id, site) ${FACT_OF('NEW')},
      COALESCE((SELECT u.team_id FROM users u WHERE u.id = NEW.reviewer_id), ''),
      (SELECT u.site FROM users u WHERE u.id = NEW.reviewer_id); END;

    CREATE TABLE ops_rollup (${KEY_TYPES},
      decisions INTEGER NOT NULL, handle_hist TEXT NOT NULL, sla_known INTEGER NOT NULL,
      sla_breached INTEGER NOT NULL, reversed INTEGER NOT NULL, qa_reviews INTEGER NOT NULL DEFAULT 0,
      qa_disagreed INTEGER NOT NULL DEFAULT 0, qa_score_sum REAL NOT NULL DEFAULT 0,
      disputes_open INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (${KEY})) WITHOUT ROWID;
    CREATE TABLE ops_model_rollup (${KEY_TYPES}, action TEXT NOT NULL,
      suggested_action TEXT NOT NULL,  -- '' when the model suggested nothing
      top_category TEXT NOT NULL, agreement TEXT NOT NULL, decisions INTEGER NOT NULL,
      PRIMARY KEY (${MODEL_KEY})) WITHOUT ROWID;

    INSERT INTO ops_rollup (${KEY}, decisions, handle_hist, sla_known, sla_breached, reversed,
      qa_reviews, qa_disagreed, qa_score_sum, disputes_open)
    SELECT ${KEY}, SUM(n), json_group_object(CAST(bucket AS TEXT), n), SUM(sla_known),
      SUM(sla_breached), SUM(reversed), SUM(qa_reviews), SUM(qa_disagreed), SUM(qa_score_sum),
      SUM(disputes_open)
    FROM (SELECT ${NAMED_KEY_OF('f')}, ${bucketSql('f.handle_ms')} AS bucket, COUNT(*) AS n,
        COUNT(f.sla_due_at) AS sla_known, COALESCE(SUM(f.decided_at > f.sla_due_at), 0) AS sla_breached,
        SUM(f.reversed) AS reversed, COUNT(r.decision_id) AS qa_reviews,
        COALESCE(SUM(r.agreed = 0), 0) AS qa_disagreed, COALESCE(SUM(r.score), 0) AS qa_score_sum,
        COUNT(q.decision_id) - COUNT(q.outcome) AS disputes_open
      FROM decision_facts f LEFT JOIN qa_reviews r ON r.decision_id = f.decision_id
        LEFT JOIN qa_disputes q ON q.decision_id = f.decision_id
      WHERE f.mode = 'live' AND f.is_reversal = 0
      GROUP BY ${KEY}, bucket)
    GROUP BY ${KEY};
    INSERT INTO ops_model_rollup (${MODEL_KEY}, decisions)
    SELECT ${NAMED_KEY_OF('f')}, f.action, COALESCE(f.suggested_action, ''), COALESCE(f.top_category, ''),
      f.agreement, COUNT(*)
    FROM decision_facts f WHERE f.mode = 'live' AND f.is_reversal = 0
    GROUP BY ${MODEL_KEY};

    CREATE TRIGGER ops_rollup_insert AFTER INSERT ON decision_facts WHEN ${COUNTED}
    BEGIN
      INSERT INTO ops_rollup (${KEY}, decisions, handle_hist, sla_known, sla_breached, reversed)
      VALUES (${KEY_OF('NEW')}, 1, json_object(CAST((${bucketSql('NEW.handle_ms')}) AS TEXT), 1),
        NEW.sla_due_at IS NOT NULL, COALESCE(NEW.decided_at > NEW.sla_due_at, 0), NEW.reversed)
      ON CONFLICT (${KEY}) DO UPDATE SET decisions = decisions + 1,
        handle_hist = json_set(handle_hist, ${BUCKET}, COALESCE(json_extract(handle_hist, ${BUCKET}), 0) + 1),
        sla_known = sla_known + excluded.sla_known, sla_breached = sla_breached + excluded.sla_breached,
        reversed = reversed + excluded.reversed;
      INSERT INTO ops_model_rollup (${MODEL_KEY}, decisions)
      VALUES (${KEY_OF('NEW')}, NEW.action, COALESCE(NEW.suggested_action, ''),
        COALESCE(NEW.top_category, ''), NEW.agreement, 1)
      ON CONFLICT (${MODEL_KEY}) DO UPDATE SET decisions = decisions + 1;
    END;
    CREATE TRIGGER ops_rollup_reversed AFTER UPDATE OF reversed ON decision_facts
      WHEN ${COUNTED} AND OLD.reversed = 0 AND NEW.reversed = 1
    BEGIN UPDATE ops_rollup SET reversed = reversed + 1 WHERE (${KEY}) = (${KEY_OF('NEW')}); END;
    CREATE TRIGGER ops_rollup_qa AFTER INSERT ON qa_reviews
    BEGIN UPDATE ops_rollup SET qa_reviews = qa_reviews + 1, qa_disagreed = qa_disagreed + (NEW.agreed = 0),
      qa_score_sum = qa_score_sum + NEW.score WHERE ${ROW_OF('NEW.decision_id')}; END;
    CREATE TRIGGER ops_rollup_dispute AFTER INSERT ON qa_disputes WHEN NEW.outcome IS NULL
    BEGIN UPDATE ops_rollup SET disputes_open = disputes_open + 1 WHERE ${ROW_OF('NEW.decision_id')}; END;
    CREATE TRIGGER ops_rollup_settled AFTER UPDATE OF outcome ON qa_disputes
      WHEN OLD.outcome IS NULL AND NEW.outcome IS NOT NULL
    BEGIN UPDATE ops_rollup SET disputes_open = disputes_open - 1 WHERE ${ROW_OF('NEW.decision_id')}; END;
  `,
};
