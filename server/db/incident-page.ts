import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from './statements';

/** The incident page's own records: matched cases and the playbook checklist's ticks. */

/** The first report of a case matching wins; later ones (other panels, reloads) change nothing. */
export function recordIncidentMatch(
  db: Database,
  match: { incidentId: string; console: string; caseId: string; reviewerId: string; at: string },
): boolean {
  const { changes } = prepared(
    db,
    `INSERT OR IGNORE INTO incident_matches (incident_id, console, case_id, reviewer_id, matched_at)
     VALUES (@incidentId, @console, @caseId, @reviewerId, @at)`,
  ).run(match);
  return changes === 1;
}

const hourRow = z.object({ hour: z.string(), matches: z.number() });

/** Matched cases per hour (UTC), oldest first. */
export function incidentMatchHours(db: Database, incidentId: string) {
  return prepared(
    db,
    `SELECT substr(matched_at, 1, 13) || ':00:00.000Z' AS hour, COUNT(*) AS matches
     FROM incident_matches WHERE incident_id = ? GROUP BY hour ORDER BY hour`,
  )
    .all(incidentId)
    .map((row) => hourRow.parse(row));
}

const tickRow = z.object({
  step: z.number(),
  done: z.number(),
  by_name: z.string(),
  at: z.string(),
});
export type ChecklistTick = { step: number; done: boolean; by: string; at: string };

export function checklistTicks(db: Database, incidentId: string): ChecklistTick[] {
  return prepared(
    db,
    'SELECT step, done, by_name, at FROM incident_checklist WHERE incident_id = ? ORDER BY step',
  )
    .all(incidentId)
    .map((raw) => {
      const row = tickRow.parse(raw);
      return { step: row.step, done: row.done === 1, by: row.by_name, at: row.at };
    });
}

export function setChecklistTick(
  db: Database,
  tick: {
    incidentId: string;
    step: number;
    done: boolean;
    byId: string;
    byName: string;
    at: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO incident_checklist (incident_id, step, done, by_id, by_name, at)
     VALUES (@incidentId, @step, @done, @byId, @byName, @at)
     ON CONFLICT (incident_id, step) DO UPDATE SET done = excluded.done,
       by_id = excluded.by_id, by_name = excluded.by_name, at = excluded.at`,
  ).run({ ...tick, done: tick.done ? 1 : 0 });
}
