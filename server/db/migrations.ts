import type { Database } from 'better-sqlite3';
import { accountsMigration } from './accounts-migration';
import { consoleCasesMigration } from './console-cases-migration';
import { decisionInputsMigration } from './decision-inputs-migration';
import { incidentPageMigration } from './incident-page-migration';
import { incidentsMigration } from './incidents-migration';
import { qaMigration } from './qa-migration';
import { oidcMigration } from './oidc-migration';
import { opsFactsMigration } from './ops-facts-migration';
import { exposureMigration } from './exposure-migration';
import { preReviewMigration } from './prereview-migration';
import { investigationsMigration } from './investigations-migration';
import { escalationsMigration } from './escalations-migration';
import { opsRollupMigration } from './ops-rollup-migration';

/**
 * Ordered schema migrations. `PRAGMA user_version` records how many have run, so a file-backed
 * database created by an older build is upgraded in place. Append new entries (decisions,
 * guidance, training sets…); never edit or reorder one that has shipped.
 */
export interface Migration {
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    name: 'cases and tokens',
    sql: `
      CREATE TABLE cases (
        id          TEXT PRIMARY KEY,
        position    INTEGER NOT NULL,
        subject     TEXT,
        status      TEXT,
        queue       TEXT,
        priority    TEXT,
        language    TEXT,
        created_at  TEXT,
        sla_due_at  TEXT,
        reporter    TEXT,  -- party as JSON: {id, name, handle}
        reported    TEXT
      );
      CREATE INDEX cases_status_queue ON cases (status, queue);

      CREATE TABLE case_items (
        case_id   TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        id        TEXT NOT NULL,
        author    TEXT NOT NULL,
        role      TEXT NOT NULL,
        time      TEXT,
        text      TEXT NOT NULL,
        media     TEXT NOT NULL DEFAULT '[]',  -- JSON array of media objects
        PRIMARY KEY (case_id, position),
        UNIQUE (case_id, id)
      );

      CREATE TABLE tokens (
        token_hash  TEXT PRIMARY KEY,  -- sha256 hex; the token itself is never stored
        user_id     TEXT NOT NULL,
        user_name   TEXT NOT NULL,
        role        TEXT NOT NULL,
        label       TEXT,
        created_at  TEXT NOT NULL
      );
    `,
  },
  {
    name: 'decisions and idempotency keys',
    sql: `
      -- Append-only: the full decision is kept as sent (JSON); the columns beside it exist
      -- to be indexed and queried. No foreign key to cases: a case re-import replaces the
      -- case row, and its decisions must outlive that.
      CREATE TABLE decisions (
        seq                  INTEGER PRIMARY KEY AUTOINCREMENT,  -- order of receipt
        id                   TEXT NOT NULL UNIQUE,  -- also the Idempotency-Key
        case_id              TEXT NOT NULL,
        reviewer_id          TEXT NOT NULL,
        reviewer_name        TEXT NOT NULL,
        reported_account_id  TEXT,
        mode                 TEXT NOT NULL,
        decided_at           TEXT NOT NULL,  -- UTC ISO 8601, so text order is time order
        received_at          TEXT NOT NULL,
        reverses             TEXT UNIQUE REFERENCES decisions (id),  -- one reversal each
        reversed_by          TEXT UNIQUE REFERENCES decisions (id),
        decision             TEXT NOT NULL
      );
      CREATE INDEX decisions_case ON decisions (case_id, mode, reversed_by);
      CREATE INDEX decisions_reviewer ON decisions (reviewer_id);
      CREATE INDEX decisions_account ON decisions (reported_account_id);
      CREATE INDEX decisions_decided_at ON decisions (decided_at);
      CREATE INDEX decisions_received_at ON decisions (received_at);

      -- The database enforces append-only too, so no later code path can rewrite history.
      CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
      BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
      CREATE TRIGGER decisions_only_link_reversal BEFORE UPDATE ON decisions
      WHEN OLD.reversed_by IS NOT NULL OR NEW.reversed_by IS NULL
        OR NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.case_id IS NOT OLD.case_id
        OR NEW.reviewer_id IS NOT OLD.reviewer_id OR NEW.reviewer_name IS NOT OLD.reviewer_name
        OR NEW.reported_account_id IS NOT OLD.reported_account_id OR NEW.mode IS NOT OLD.mode
        OR NEW.decided_at IS NOT OLD.decided_at OR NEW.received_at IS NOT OLD.received_at
        OR NEW.reverses IS NOT OLD.reverses OR NEW.decision IS NOT OLD.decision
      BEGIN SELECT RAISE(ABORT, 'decisions are append-only: only reversed_by may be set, once'); END;

      CREATE TABLE idempotency_keys (
        key          TEXT PRIMARY KEY,
        user_id      TEXT NOT NULL,
        fingerprint  TEXT NOT NULL,  -- sha256 of method, path and canonical JSON body
        state        TEXT NOT NULL CHECK (state IN ('processing', 'complete')),
        reservation  TEXT NOT NULL,  -- random per request, so only its holder completes it
        reserved_at  INTEGER NOT NULL,  -- epoch ms
        status       INTEGER,
        body         TEXT  -- the first answer, byte for byte
      );
      CREATE INDEX idempotency_keys_reserved_at ON idempotency_keys (reserved_at);
    `,
  },
  {
    name: 'guidance versions and fetches',
    sql: `
      -- One row per published version, never changed: the pack text is served byte for byte,
      -- so its ETag stays valid for as long as it is the current version.
      CREATE TABLE guidance_versions (
        version       INTEGER PRIMARY KEY,
        pack          TEXT NOT NULL,
        etag          TEXT NOT NULL,
        publisher_id  TEXT NOT NULL,
        publisher     TEXT NOT NULL,
        published_at  TEXT NOT NULL,
        signature     TEXT,
        base_version  INTEGER
      );
      CREATE TRIGGER guidance_versions_no_update BEFORE UPDATE ON guidance_versions
      BEGIN SELECT RAISE(ABORT, 'guidance versions are append-only'); END;
      CREATE TRIGGER guidance_versions_no_delete BEFORE DELETE ON guidance_versions
      BEGIN SELECT RAISE(ABORT, 'guidance versions are append-only'); END;

      -- The version each token (one panel, in practice) last fetched, for "who is on what".
      CREATE TABLE guidance_fetches (
        token_hash  TEXT PRIMARY KEY,
        user_id     TEXT NOT NULL,
        user_name   TEXT NOT NULL,
        role        TEXT NOT NULL,
        version     INTEGER NOT NULL,
        fetched_at  TEXT NOT NULL
      );
    `,
  },
  {
    name: 'training: gold sets, assignments, attempts, calibration',
    sql: `
      CREATE TABLE gold_sets (
        id            TEXT PRIMARY KEY,
        title         TEXT NOT NULL,
        description   TEXT NOT NULL,
        pass_mark     TEXT NOT NULL,  -- JSON PassMark
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL
      );

      -- A gold case is a copy of the case's content under its own id, so a decision on it can
      -- never touch a live case; the answer stays here, out of every case-reading route.
      CREATE TABLE gold_items (
        case_id         TEXT PRIMARY KEY,
        set_id          TEXT NOT NULL REFERENCES gold_sets (id),
        position        INTEGER NOT NULL,
        source_case_id  TEXT,
        answer          TEXT NOT NULL,  -- JSON GoldAnswer
        content         TEXT NOT NULL,  -- JSON StoredCase (without the id)
        UNIQUE (set_id, position)
      );

      CREATE TABLE training_assignments (
        set_id         TEXT NOT NULL REFERENCES gold_sets (id),
        reviewer_id    TEXT NOT NULL,
        reviewer_name  TEXT NOT NULL,
        assigned_by    TEXT NOT NULL,
        assigned_at    TEXT NOT NULL,
        PRIMARY KEY (set_id, reviewer_id)
      );
      CREATE INDEX training_assignments_reviewer ON training_assignments (reviewer_id);

      -- Append-only, like decisions: an attempt is the decision a reviewer sent on a gold case.
      CREATE TABLE training_attempts (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,
        decision_id    TEXT NOT NULL UNIQUE,
        set_id         TEXT NOT NULL,
        case_id        TEXT NOT NULL,
        reviewer_id    TEXT NOT NULL,
        reviewer_name  TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('practice', 'calibration')),
        first          INTEGER NOT NULL,  -- 1 for the reviewer's first (blind) attempt on the case
        received_at    TEXT NOT NULL,
        decision       TEXT NOT NULL  -- the decision as sent (JSON)
      );
      CREATE INDEX training_attempts_set ON training_attempts (set_id);
      CREATE UNIQUE INDEX training_attempts_first ON training_attempts (reviewer_id, case_id)
        WHERE first = 1;
      CREATE TRIGGER training_attempts_no_update BEFORE UPDATE ON training_attempts
      BEGIN SELECT RAISE(ABORT, 'training attempts are append-only'); END;
      CREATE TRIGGER training_attempts_no_delete BEFORE DELETE ON training_attempts
      BEGIN SELECT RAISE(ABORT, 'training attempts are append-only'); END;

      -- One row: the team's live calibration setting.
      CREATE TABLE training_calibration (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        rate    REAL NOT NULL,
        set_id  TEXT REFERENCES gold_sets (id)
      );
    `,
  },
  consoleCasesMigration,
  accountsMigration,
  incidentsMigration,
  qaMigration,
  oidcMigration,
  opsFactsMigration,
  exposureMigration,
  preReviewMigration,
  decisionInputsMigration,
  incidentPageMigration,
  investigationsMigration,
  escalationsMigration,
  opsRollupMigration,
];

/**
 * Runs every migration the database has not seen yet, each in its own transaction. The
 * version is read inside a write-locked (IMMEDIATE) transaction: two processes opening a new
 * file at once (the server and the admin CLI) must not both run the same migration.
 */
export function migrate(db: Database): number {
  const step = db.transaction((): boolean => {
    const version = Number(db.pragma('user_version', { simple: true }));
    const migration = migrations[version];
    if (!migration) return false;
    db.exec(migration.sql);
    // PRAGMA cannot take bound parameters; the value is our own integer.
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction, until none is left
  }
  return migrations.length;
}
