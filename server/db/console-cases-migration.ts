import type { Migration } from './migrations';

/**
 * Cases of consoles the case API does not host (a team's Redmine, Zendesk…): a case's
 * identity there is the console plus its own id, so decisions gain that namespace ('' for the
 * case API's own, hosted cases, which is what every decision before this migration was on).
 */
export const consoleCasesMigration: Migration = {
  name: 'console cases and the case namespace of decisions',
  sql: `
    -- What the latest decision told about the case. The text (items) only while the team
    -- keeps case snapshots, until items_expire_at.
    CREATE TABLE console_cases (
      console          TEXT NOT NULL,
      case_id          TEXT NOT NULL,
      url              TEXT,
      subject          TEXT,
      status           TEXT,
      queue            TEXT,
      priority         TEXT,
      reporter         TEXT,  -- party as JSON: {id, name, handle}
      reported         TEXT,
      content_hash     TEXT,  -- sha-256 hex of the items the reviewer read
      item_count       INTEGER,
      adapter_id       TEXT,
      adapter_version  TEXT,
      first_seen_at    TEXT NOT NULL,
      last_seen_at     TEXT NOT NULL,
      items            TEXT,  -- JSON array of case items, or NULL
      items_expire_at  TEXT,  -- UTC ISO 8601, set with items
      PRIMARY KEY (console, case_id)
    );
    CREATE INDEX console_cases_items_expire_at ON console_cases (items_expire_at)
      WHERE items IS NOT NULL;

    ALTER TABLE decisions ADD COLUMN case_console TEXT NOT NULL DEFAULT '';
    DROP INDEX decisions_case;
    DROP INDEX decisions_account;
    CREATE INDEX decisions_case ON decisions (case_console, case_id, mode, reversed_by);
    CREATE INDEX decisions_account ON decisions (case_console, reported_account_id);

    -- Recreated so the new column is as unchangeable as the others.
    DROP TRIGGER decisions_only_link_reversal;
    CREATE TRIGGER decisions_only_link_reversal BEFORE UPDATE ON decisions
    WHEN OLD.reversed_by IS NOT NULL OR NEW.reversed_by IS NULL
      OR NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id
      OR NEW.case_console IS NOT OLD.case_console
      OR NEW.reviewer_id IS NOT OLD.reviewer_id OR NEW.reviewer_name IS NOT OLD.reviewer_name
      OR NEW.reported_account_id IS NOT OLD.reported_account_id OR NEW.mode IS NOT OLD.mode
      OR NEW.decided_at IS NOT OLD.decided_at OR NEW.received_at IS NOT OLD.received_at
      OR NEW.reverses IS NOT OLD.reverses OR NEW.decision IS NOT OLD.decision
    BEGIN SELECT RAISE(ABORT, 'decisions are append-only: only reversed_by may be set, once'); END;
  `,
};
