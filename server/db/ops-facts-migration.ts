import type { Migration } from './migrations';

/**
 * The operations dashboard's facts: one row per decision with the JSON fields it groups and
 * measures by pulled out into plain, indexed columns. Aggregating 100,000 decisions over
 * `json_extract` of the stored JSON costs seconds; over these columns, tens of milliseconds.
 * Filled by triggers, so no write path can forget it, and backfilled here for older rows.
 * Queue and SLA due time come from the decision's case record, or the hosted case's row.
 * `OR IGNORE`: a stored decision missing a field the facts need (a corrupt or foreign row) is
 * left out of the dashboard; it must never make recording the decision itself fail.
 */
export const FACT_OF = (d: string) => `
  SELECT ${d}.seq, ${d}.id, ${d}.case_console, ${d}.reviewer_id, ${d}.mode, ${d}.decided_at,
    COALESCE(json_extract(${d}.decision, '$.caseRecord.queue'),
      (SELECT c.queue FROM cases c WHERE ${d}.case_console = '' AND c.id = ${d}.case_id), ''),
    strftime('%Y-%m-%dT%H:%M:%fZ', COALESCE(json_extract(${d}.decision, '$.caseRecord.slaDueAt'),
      (SELECT c.sla_due_at FROM cases c WHERE ${d}.case_console = '' AND c.id = ${d}.case_id))),
    json_extract(${d}.decision, '$.console'),
    json_extract(${d}.decision, '$.handleTimeMs'),
    json_extract(${d}.decision, '$.guidanceVersion'),
    json_extract(${d}.decision, '$.action'),
    json_extract(${d}.decision, '$.agreement'),
    json_extract(${d}.decision, '$.suggestion.action'),
    (SELECT key FROM json_each(${d}.decision, '$.suggestion.scores') ORDER BY value DESC LIMIT 1),
    ${d}.reverses IS NOT NULL,
    ${d}.reversed_by IS NOT NULL`;

export const FACT_COLUMNS = `seq, decision_id, case_console, reviewer_id, mode, decided_at, queue, sla_due_at,
  console, handle_ms, guidance_version, action, agreement, suggested_action, top_category,
  is_reversal, reversed`;

export const opsFactsMigration: Migration = {
  name: 'operations dashboard: decision facts',
  sql: `
    CREATE TABLE decision_facts (
      seq               INTEGER PRIMARY KEY,  -- the decision's
      decision_id       TEXT NOT NULL UNIQUE,
      case_console      TEXT NOT NULL,
      reviewer_id       TEXT NOT NULL,
      mode              TEXT NOT NULL,
      decided_at        TEXT NOT NULL,  -- UTC ISO 8601
      queue             TEXT NOT NULL,  -- '' when the console showed none
      sla_due_at        TEXT,  -- normalised to UTC ISO 8601 with milliseconds, so text compares
      console           TEXT NOT NULL,
      handle_ms         INTEGER NOT NULL,
      guidance_version  INTEGER NOT NULL,
      action            TEXT NOT NULL,
      agreement         TEXT NOT NULL,
      suggested_action  TEXT,
      top_category      TEXT,
      is_reversal       INTEGER NOT NULL,
      reversed          INTEGER NOT NULL
    );
    CREATE INDEX decision_facts_time ON decision_facts (mode, decided_at);
    CREATE INDEX decision_facts_reviewer ON decision_facts (reviewer_id, decided_at);

    INSERT OR IGNORE INTO decision_facts (${FACT_COLUMNS}) ${FACT_OF('d')} FROM decisions d;

    CREATE TRIGGER decision_facts_insert AFTER INSERT ON decisions
    BEGIN INSERT OR IGNORE INTO decision_facts (${FACT_COLUMNS}) ${FACT_OF('NEW')}; END;
    CREATE TRIGGER decision_facts_reversed AFTER UPDATE OF reversed_by ON decisions
    BEGIN UPDATE decision_facts SET reversed = 1 WHERE seq = NEW.seq; END;
  `,
};
