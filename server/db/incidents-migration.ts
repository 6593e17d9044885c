import type { Migration } from './migrations';

/**
 * Incidents. A closed incident keeps its row (closed_at set): the record outlives the overlay.
 * The signature and overlay are kept as the lead declared them (JSON), parsed on read.
 */
export const incidentsMigration: Migration = {
  name: 'incidents',
  sql: `
    CREATE TABLE incidents (
      id           TEXT PRIMARY KEY,
      title        TEXT NOT NULL,
      severity     TEXT NOT NULL,
      signature    TEXT NOT NULL,  -- JSON array of {kind, pattern}
      playbook_id  TEXT,
      overlay      TEXT,           -- JSON {actionId, note} or NULL
      declared_by  TEXT NOT NULL,
      declared_at  TEXT NOT NULL,
      closed_by    TEXT,
      closed_at    TEXT
    );
    CREATE INDEX incidents_open ON incidents (closed_at, declared_at);
  `,
};
