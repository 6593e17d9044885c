import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { incidentActivitySchema } from '../../utils/incidents/schema';
import { prepared } from '../db/statements';

type Activity = z.infer<typeof incidentActivitySchema>;

const tagged = `FROM decisions d, json_each(d.decision, '$.incidentIds') t
  WHERE t.value = @id AND d.mode = 'live'`;

const hourRow = z.object({ hour: z.string(), decisions: z.number() });
const reviewerRow = z.object({ id: z.string(), name: z.string(), decisions: z.number() });
const actionRow = z.object({ action: z.string(), decisions: z.number() });

/** Live decisions the panels tagged with the incident, counted by the database. */
export function incidentActivity(db: Database, id: string): Activity {
  const hours = prepared(
    db,
    `SELECT substr(d.decided_at, 1, 13) || ':00:00.000Z' AS hour, COUNT(*) AS decisions
       ${tagged} GROUP BY hour ORDER BY hour`,
  )
    .all({ id })
    .map((row) => hourRow.parse(row));
  const reviewers = prepared(
    db,
    `SELECT d.reviewer_id AS id, MIN(d.reviewer_name) AS name, COUNT(*) AS decisions
       ${tagged} GROUP BY d.reviewer_id ORDER BY decisions DESC, id`,
  )
    .all({ id })
    .map((row) => reviewerRow.parse(row));
  const actions = prepared(
    db,
    `SELECT json_extract(d.decision, '$.action') AS action, COUNT(*) AS decisions
       ${tagged} GROUP BY action`,
  )
    .all({ id })
    .map((row) => actionRow.parse(row));
  return {
    incidentId: id,
    decisions: hours.reduce((sum, hour) => sum + hour.decisions, 0),
    hours,
    reviewers,
    actions: Object.fromEntries(actions.map((row) => [row.action, row.decisions])),
  };
}
