import { opsFactsMigration } from '../ops-facts-migration';
import { sqliteToPostgres } from './translate-ddl';

/** `ops-facts-migration.ts` for Postgres. */

// The facts table as SQLite has it, without the SQLite-only backfill and triggers (a Postgres
// database is created empty, after this migration shipped, so there is nothing to backfill).
const factsTable = sqliteToPostgres(
  opsFactsMigration.sql.slice(0, opsFactsMigration.sql.indexOf('INSERT OR IGNORE')),
);

/**
 * The facts row of a new decision, as the SQLite trigger fills it; `withTeam` adds the team and
 * site the reviewer has when it is recorded (the rollup migration's version).
 */
export const factsInsertFunction = (withTeam: boolean) => `
  CREATE OR REPLACE FUNCTION decision_facts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    d jsonb := NEW.decision::jsonb;
    hosted cases%ROWTYPE;
    reviewer users%ROWTYPE;
  BEGIN
    IF NEW.case_console = '' THEN SELECT * INTO hosted FROM cases WHERE id = NEW.case_id; END IF;
    ${withTeam ? 'SELECT * INTO reviewer FROM users WHERE id = NEW.reviewer_id;' : ''}
    INSERT INTO decision_facts (seq, decision_id, case_console, reviewer_id, mode, decided_at,
      queue, sla_due_at, console, handle_ms, guidance_version, action, agreement,
      suggested_action, top_category, is_reversal, reversed${withTeam ? ', team_id, site' : ''})
    VALUES (NEW.seq, NEW.id, NEW.case_console, NEW.reviewer_id, NEW.mode, NEW.decided_at,
      COALESCE(d #>> '{caseRecord,queue}', hosted.queue, ''),
      to_char(COALESCE(d #>> '{caseRecord,slaDueAt}', hosted.sla_due_at)::timestamptz
        AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      d ->> 'console', (d ->> 'handleTimeMs')::bigint, (d ->> 'guidanceVersion')::bigint,
      d ->> 'action', d ->> 'agreement', d #>> '{suggestion,action}',
      (SELECT key FROM jsonb_each(d #> '{suggestion,scores}') ORDER BY value DESC LIMIT 1),
      (NEW.reverses IS NOT NULL)::int, (NEW.reversed_by IS NOT NULL)::int
      ${withTeam ? ", COALESCE(reviewer.team_id, ''), reviewer.site" : ''})
    ON CONFLICT DO NOTHING;
    RETURN NULL;
  EXCEPTION
    -- As SQLite's OR IGNORE: a decision whose JSON lacks a fact is left out of the dashboard,
    -- and never fails its own insert.
    WHEN not_null_violation OR invalid_text_representation OR datetime_field_overflow
      OR invalid_datetime_format THEN RETURN NULL;
  END $$;`;

export const OPS_FACTS_POSTGRES = `${factsTable}
${factsInsertFunction(false)}
  CREATE TRIGGER decision_facts_insert AFTER INSERT ON decisions
    FOR EACH ROW EXECUTE FUNCTION decision_facts_insert();

  CREATE FUNCTION decision_facts_reversed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN UPDATE decision_facts SET reversed = 1 WHERE seq = NEW.seq; RETURN NULL; END $$;
  CREATE TRIGGER decision_facts_reversed AFTER UPDATE OF reversed_by ON decisions
    FOR EACH ROW EXECUTE FUNCTION decision_facts_reversed();`;
