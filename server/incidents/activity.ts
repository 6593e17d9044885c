import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { incidentActivitySchema } from '../../utils/incidents/schema';
import { incidentMatchHours } from '../db/incident-page';
import { prepared } from '../db/statements';

type Activity = z.infer<typeof incidentActivitySchema>;

const tagged = `FROM decisions d, json_each(d.decision, '$.incidentIds') t
  WHERE t.value = @id AND d.mode = 'live'`;

const hourRow = z.object({ hour: z.string(), decisions: z.number() });
const reviewerRow = z.object({ id: z.string(), name: z.string(), decisions: z.number() });
const actionRow = z.object({ action: z.string(), decisions: z.number() });

/** Each hour that saw a match or a tagged decision, oldest first. */
function mergeHours(
  matches: { hour: string; matches: number }[],
  decisions: { hour: string; decisions: number }[],
): Activity['hours'] {
  const hours = new Map<string, Activity['hours'][number]>();
  for (const { hour, matches: n } of matches) hours.set(hour, { hour, matches: n, decisions: 0 });
  for (const { hour, decisions: n } of decisions) {
    hours.set(hour, { hour, matches: hours.get(hour)?.matches ?? 0, decisions: n });
  }
  return [...hours.values()].toSorted((a, b) => a.hour.localeCompare(b.hour));
}

/**
 * Cases the panels flagged and live decisions they tagged with the incident, counted by the
 * database.
 */
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
  const matchHours = incidentMatchHours(db, id);
  return {
    incidentId: id,
    decisions: hours.reduce((sum, hour) => sum + hour.decisions, 0),
    matches: matchHours.reduce((sum, hour) => sum + hour.matches, 0),
    hours: mergeHours(matchHours, hours),
    reviewers,
    actions: Object.fromEntries(actions.map((row) => [row.action, row.decisions])),
  };
}
