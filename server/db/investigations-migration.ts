import type { Migration } from './migrations';

/**
 * Investigations: which entities each case holds, who saw each case (for scoping reads), and
 * investigators' notes. Emails, phones and handles arrive as keyed hashes only; the case API
 * never holds the key. Notes are append-only, like decisions.
 */
export const investigationsMigration: Migration = {
  name: 'investigations: case entities, sightings, notes',
  sql: `
    -- A case as the panel last showed it: namespace and id are its identity (see
    -- resolve-case.ts); console is the one it was seen in, url where to open it.
    CREATE TABLE linked_cases (
      namespace     TEXT NOT NULL,
      case_id       TEXT NOT NULL,
      console       TEXT NOT NULL,
      url           TEXT NOT NULL,
      subject       TEXT,
      last_seen_at  TEXT NOT NULL,
      PRIMARY KEY (namespace, case_id)
    );

    CREATE TABLE case_entities (
      namespace  TEXT NOT NULL,
      case_id    TEXT NOT NULL,
      kind       TEXT NOT NULL,
      value      TEXT NOT NULL,  -- a keyed hash for email, phone, handle
      PRIMARY KEY (namespace, case_id, kind, value)
    );
    CREATE INDEX case_entities_entity ON case_entities (kind, value);

    CREATE TABLE case_sightings (
      namespace  TEXT NOT NULL,
      case_id    TEXT NOT NULL,
      user_id    TEXT NOT NULL,
      PRIMARY KEY (namespace, case_id, user_id)
    );

    CREATE TABLE investigation_notes (
      id           INTEGER PRIMARY KEY AUTOINCREMENT,
      namespace    TEXT NOT NULL,
      case_id      TEXT NOT NULL,
      author_id    TEXT NOT NULL,
      author_name  TEXT NOT NULL,
      text         TEXT NOT NULL,
      created_at   TEXT NOT NULL
    );
    CREATE INDEX investigation_notes_case ON investigation_notes (namespace, case_id);
    CREATE TRIGGER investigation_notes_no_update BEFORE UPDATE ON investigation_notes
    BEGIN SELECT RAISE(ABORT, 'investigation notes are append-only'); END;
    CREATE TRIGGER investigation_notes_no_delete BEFORE DELETE ON investigation_notes
    BEGIN SELECT RAISE(ABORT, 'investigation notes are append-only'); END;
  `,
};
