import type { Migration } from './migrations';

/**
 * Users, teams, per-user tokens and the admin audit log. Before this, a token row carried its
 * user's name and role itself; each distinct user becomes a `users` row and keeps its tokens.
 *
 * Written to run unchanged on PostgreSQL too (the planned second store): no AUTOINCREMENT, no
 * booleans (a nullable time says "disabled since" / "revoked at"), times as UTC ISO 8601 text
 * like the rest of the schema. Only the append-only triggers and `seq`'s generation are
 * SQLite's own; a Postgres migration set needs its own forms of those two.
 */
export const accountsMigration: Migration = {
  name: 'users, teams, per-user tokens, audit log',
  sql: `
    CREATE TABLE teams (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL UNIQUE,
      kind        TEXT NOT NULL CHECK (kind IN ('in-house', 'vendor')),
      created_at  TEXT NOT NULL
    );

    -- No CHECK on role: the role list lives in the shared zod schema (roleSchema), and a new
    -- role must not need a table rebuild (SQLite cannot alter a CHECK). Rows are parsed on read.
    CREATE TABLE users (
      id           TEXT PRIMARY KEY,
      name         TEXT NOT NULL,
      email        TEXT UNIQUE,
      role         TEXT NOT NULL,
      kind         TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'service')),
      team_id      TEXT REFERENCES teams (id),
      site         TEXT,
      disabled_at  TEXT,  -- set: every token of the user stops working at once
      created_at   TEXT NOT NULL
    );
    CREATE INDEX users_team ON users (team_id);

    INSERT INTO users (id, name, role, kind, created_at)
      SELECT user_id, MIN(user_name), MIN(role), 'person', MIN(created_at)
        FROM tokens GROUP BY user_id;

    ALTER TABLE tokens RENAME TO legacy_tokens;

    -- The token itself is never stored: only its sha-256 (see db/tokens.ts for why not bcrypt).
    CREATE TABLE tokens (
      id            TEXT PRIMARY KEY,  -- public handle to list and revoke it by
      token_hash    TEXT NOT NULL UNIQUE,
      user_id       TEXT NOT NULL REFERENCES users (id),
      label         TEXT,
      created_at    TEXT NOT NULL,
      created_by    TEXT NOT NULL,
      expires_at    TEXT,
      last_used_at  TEXT,  -- to the minute: a write per request would cost throughput
      revoked_at    TEXT
    );
    CREATE INDEX tokens_user ON tokens (user_id);

    INSERT INTO tokens (id, token_hash, user_id, label, created_at, created_by)
      SELECT 'tok_' || substr(token_hash, 1, 16), token_hash, user_id, label, created_at,
             'migration'
        FROM legacy_tokens;
    DROP TABLE legacy_tokens;

    -- Who changed accounts, what, when, to whom. Append-only, enforced below.
    CREATE TABLE audit_log (
      seq     INTEGER PRIMARY KEY,  -- order of writing (never reused: rows are never deleted)
      at      TEXT NOT NULL,
      actor   TEXT NOT NULL,  -- 'cli:<os user>', a user id, or 'demo-seed'
      action  TEXT NOT NULL,  -- e.g. 'user.create', 'token.revoke'
      target  TEXT NOT NULL,  -- the id acted on
      detail  TEXT NOT NULL   -- JSON: what changed (never a token)
    );
    CREATE INDEX audit_log_target ON audit_log (target);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
};
