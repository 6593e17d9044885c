import type { Migration } from './migrations';

/**
 * Reviewer exposure (wellness): team totals per day, and per person only for teams that share
 * them. Report ids make a retried report count once; they name no one.
 */
export const exposureMigration: Migration = {
  name: 'reviewer exposure',
  sql: `
    CREATE TABLE exposure_team_days (
      team         TEXT NOT NULL,
      day          TEXT NOT NULL,
      seconds      INTEGER NOT NULL DEFAULT 0,
      breaks       INTEGER NOT NULL DEFAULT 0,
      suggestions  INTEGER NOT NULL DEFAULT 0,
      reports      INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (team, day)
    );
    CREATE TABLE exposure_person_days (
      team         TEXT NOT NULL,
      day          TEXT NOT NULL,
      reviewer_id  TEXT NOT NULL,
      seconds      INTEGER NOT NULL DEFAULT 0,
      breaks       INTEGER NOT NULL DEFAULT 0,
      suggestions  INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (team, day, reviewer_id)
    );
    CREATE TABLE exposure_report_ids (
      id   TEXT PRIMARY KEY,
      day  TEXT NOT NULL
    );
  `,
};
