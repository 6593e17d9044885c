import type { Migration } from './migrations';

/**
 * The redacted case text of each live decision, as the feedback export writes it, stored once
 * so the export is a read and not a redaction of every case. Beside the decisions rather than
 * in them: it is case text (if redacted), so it must be purged with the snapshot it came from
 * (`expires_at`, NULL for hosted cases, which the sweep never purges), while decisions are
 * append-only. Decisions recorded before this migration get their row lazily, on the first
 * export that reads them (SQL alone cannot redact).
 */
export const decisionInputsMigration: Migration = {
  name: 'decision inputs (redacted case text for the feedback export)',
  sql: `
    CREATE TABLE decision_inputs (
      decision_seq  INTEGER PRIMARY KEY REFERENCES decisions (seq),
      input         TEXT NOT NULL,  -- one "role: text" line per message, after redaction
      expires_at    TEXT            -- the case text's expiry when it came from a snapshot
    );
    CREATE INDEX decision_inputs_expires_at ON decision_inputs (expires_at)
      WHERE expires_at IS NOT NULL;
  `,
};
