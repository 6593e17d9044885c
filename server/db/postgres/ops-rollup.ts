import { bucketSql } from '../../ops/handle-buckets';
import { COUNTED, KEY, KEY_OF, KEY_TYPES, MODEL_KEY, ROW_OF } from '../ops-rollup-migration';
import { factsInsertFunction } from './ops-facts';
import { sqliteToPostgres } from './translate-ddl';

/**
 * `ops-rollup-migration.ts` for Postgres: the same columns, tables and triggers. Nothing is
 * backfilled (a Postgres database is created empty, after this migration shipped). Handle-time
 * histograms stay JSON text, as the server reads them; buckets use LEAST where SQLite's scalar
 * min() is an aggregate in Postgres.
 */
// SQLite's INTEGER is 64-bit; the shared key columns' types, translated.
const PG_KEY_TYPES = sqliteToPostgres(KEY_TYPES);
const BUCKET = `(${bucketSql('NEW.handle_ms').replace('min(', 'LEAST(')})::text`;

/** A row trigger whose body is one or more statements, as a plpgsql function of its name. */
const rowTrigger = (name: string, timing: string, body: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN ${body} RETURN NULL; END $$;
  CREATE TRIGGER ${name} ${timing} FOR EACH ROW EXECUTE FUNCTION ${name}();`;

export const OPS_ROLLUP_POSTGRES = `
  ALTER TABLE decision_facts ADD COLUMN team_id TEXT NOT NULL DEFAULT '';
  ALTER TABLE decision_facts ADD COLUMN site TEXT;
  CREATE INDEX decision_facts_team ON decision_facts (team_id, decided_at);
  ${factsInsertFunction(true)}

  CREATE TABLE ops_rollup (${PG_KEY_TYPES},
    decisions BIGINT NOT NULL, handle_hist TEXT NOT NULL, sla_known BIGINT NOT NULL,
    sla_breached BIGINT NOT NULL, reversed BIGINT NOT NULL, qa_reviews BIGINT NOT NULL DEFAULT 0,
    qa_disagreed BIGINT NOT NULL DEFAULT 0, qa_score_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
    disputes_open BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (${KEY}));
  CREATE TABLE ops_model_rollup (${PG_KEY_TYPES}, action TEXT NOT NULL,
    suggested_action TEXT NOT NULL, top_category TEXT NOT NULL, agreement TEXT NOT NULL,
    decisions BIGINT NOT NULL, PRIMARY KEY (${MODEL_KEY}));
  ${rowTrigger(
    'ops_rollup_insert',
    `AFTER INSERT ON decision_facts`,
    `IF NOT (${COUNTED}) THEN RETURN NULL; END IF;
    INSERT INTO ops_rollup AS r (${KEY}, decisions, handle_hist, sla_known, sla_breached, reversed)
    VALUES (${KEY_OF('NEW')}, 1, jsonb_build_object(${BUCKET}, 1)::text,
      (NEW.sla_due_at IS NOT NULL)::int, COALESCE((NEW.decided_at > NEW.sla_due_at)::int, 0),
      NEW.reversed)
    ON CONFLICT (${KEY}) DO UPDATE SET decisions = r.decisions + 1,
      handle_hist = jsonb_set(r.handle_hist::jsonb, ARRAY[${BUCKET}],
        to_jsonb(COALESCE((r.handle_hist::jsonb ->> ${BUCKET})::bigint, 0) + 1))::text,
      sla_known = r.sla_known + excluded.sla_known,
      sla_breached = r.sla_breached + excluded.sla_breached, reversed = r.reversed + excluded.reversed;
    INSERT INTO ops_model_rollup AS m (${MODEL_KEY}, decisions)
    VALUES (${KEY_OF('NEW')}, NEW.action, COALESCE(NEW.suggested_action, ''),
      COALESCE(NEW.top_category, ''), NEW.agreement, 1)
    ON CONFLICT (${MODEL_KEY}) DO UPDATE SET decisions = m.decisions + 1;`,
  )}
  ${rowTrigger(
    'ops_rollup_reversed',
    'AFTER UPDATE OF reversed ON decision_facts',
    `IF ${COUNTED} AND OLD.reversed = 0 AND NEW.reversed = 1 THEN
      UPDATE ops_rollup SET reversed = reversed + 1 WHERE (${KEY}) = (${KEY_OF('NEW')});
    END IF;`,
  )}
  ${rowTrigger(
    'ops_rollup_qa',
    'AFTER INSERT ON qa_reviews',
    `UPDATE ops_rollup SET qa_reviews = qa_reviews + 1,
      qa_disagreed = qa_disagreed + (NEW.agreed = 0)::int, qa_score_sum = qa_score_sum + NEW.score
    WHERE ${ROW_OF('NEW.decision_id')};`,
  )}
  ${rowTrigger(
    'ops_rollup_dispute',
    'AFTER INSERT ON qa_disputes',
    `IF NEW.outcome IS NULL THEN
      UPDATE ops_rollup SET disputes_open = disputes_open + 1 WHERE ${ROW_OF('NEW.decision_id')};
    END IF;`,
  )}
  ${rowTrigger(
    'ops_rollup_settled',
    'AFTER UPDATE OF outcome ON qa_disputes',
    `IF OLD.outcome IS NULL AND NEW.outcome IS NOT NULL THEN
      UPDATE ops_rollup SET disputes_open = disputes_open - 1 WHERE ${ROW_OF('NEW.decision_id')};
    END IF;`,
  )}`;
