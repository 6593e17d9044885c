import type { Migration } from './migrations';

/**
 * Single sign-on: which provider identity (issuer + subject, the only stable pair; emails
 * change) is which user, and the administrator's group → role/team mapping. Plain SQL that
 * runs unchanged on PostgreSQL too.
 */
export const oidcMigration: Migration = {
  name: 'single sign-on identities and group mappings',
  sql: `
    CREATE TABLE oidc_identities (
      issuer           TEXT NOT NULL,
      subject          TEXT NOT NULL,
      user_id          TEXT NOT NULL REFERENCES users (id),
      created_at       TEXT NOT NULL,
      last_sign_in_at  TEXT NOT NULL,
      PRIMARY KEY (issuer, subject)
    );
    CREATE INDEX oidc_identities_user ON oidc_identities (user_id);

    CREATE TABLE oidc_group_mappings (
      group_name  TEXT PRIMARY KEY,
      role        TEXT,
      team_id     TEXT REFERENCES teams (id),
      created_at  TEXT NOT NULL,
      CHECK (role IS NOT NULL OR team_id IS NOT NULL)
    );
  `,
};
