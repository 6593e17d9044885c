import type { Migration } from './migrations';

/**
 * Model pre-review: the lead's settings (each edit a new version), one row per live decision
 * the model has looked at (so a restart never reviews it twice, and a batch that died holding
 * one gives it back after a lease), spend per UTC day, and the last batch's outcome.
 */
export const preReviewMigration: Migration = {
  name: 'model pre-review',
  sql: `
    CREATE TABLE prereview_settings (
      version   INTEGER PRIMARY KEY,
      settings  TEXT NOT NULL,  -- JSON, preReviewSettingsInputSchema
      set_by    TEXT NOT NULL,
      set_at    TEXT NOT NULL
    );

    CREATE TABLE prereview_runs (
      decision_id   TEXT PRIMARY KEY REFERENCES decisions (id),
      outcome       TEXT NOT NULL,
      attempts      INTEGER NOT NULL DEFAULT 0,
      claimed_at    TEXT NOT NULL,
      model         TEXT,
      model_action  TEXT,
      confidence    REAL,
      rationale     TEXT,
      error         TEXT,
      tokens        INTEGER NOT NULL DEFAULT 0,
      finished_at   TEXT
    );
    CREATE INDEX prereview_runs_outcome ON prereview_runs (outcome);

    CREATE TABLE prereview_usage (
      day       TEXT PRIMARY KEY,  -- UTC date, YYYY-MM-DD
      requests  INTEGER NOT NULL DEFAULT 0,
      tokens    INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE prereview_batches (
      seq       INTEGER PRIMARY KEY AUTOINCREMENT,
      at        TEXT NOT NULL,
      reviewed  INTEGER NOT NULL,
      flagged   INTEGER NOT NULL,
      errors    INTEGER NOT NULL,
      stopped   TEXT NOT NULL,
      message   TEXT NOT NULL
    );
  `,
};
