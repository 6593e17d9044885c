import type { Database } from 'better-sqlite3';

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
];

/** Runs every migration the database has not seen yet, each in its own transaction. */
export function migrate(db: Database): number {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (let version = current; version < migrations.length; version++) {
    const migration = migrations[version];
    if (!migration) break;
    db.transaction(() => {
      db.exec(migration.sql);
      // PRAGMA cannot take bound parameters; the value is our own integer.
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return migrations.length;
}
