import type { Migration } from './migrations';

/**
 * The incident page: cases the panels flagged as matching an incident (once per case: the
 * first panel to see the match sets its hour), and the playbook checklist's current ticks.
 * Each tick and untick is also appended to the audit log, which keeps the history.
 */
export const incidentPageMigration: Migration = {
  name: 'incident matches and checklist',
  sql: `
    CREATE TABLE incident_matches (
      incident_id  TEXT NOT NULL REFERENCES incidents (id),
      console      TEXT NOT NULL,
      case_id      TEXT NOT NULL,
      reviewer_id  TEXT NOT NULL,
      matched_at   TEXT NOT NULL,  -- UTC ISO 8601
      PRIMARY KEY (incident_id, console, case_id)
    );
    CREATE INDEX incident_matches_time ON incident_matches (incident_id, matched_at);

    CREATE TABLE incident_checklist (
      incident_id  TEXT NOT NULL REFERENCES incidents (id),
      step         INTEGER NOT NULL,  -- index into the playbook's steps
      done         INTEGER NOT NULL CHECK (done IN (0, 1)),
      by_id        TEXT NOT NULL,
      by_name      TEXT NOT NULL,
      at           TEXT NOT NULL,
      PRIMARY KEY (incident_id, step)
    );
  `,
};
