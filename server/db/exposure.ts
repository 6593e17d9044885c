import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type {
  ExposureAggregate,
  ExposureReport,
} from '../../utils/wellness/exposure-report-schema';
import { prepared } from './statements';

/** Adds a report to its team's day (and the person's, if shared); false if already counted. */
export function recordExposure(
  db: Database,
  report: ExposureReport,
  who: { team: string; reviewerId: string; perPerson: boolean },
): boolean {
  const run = db.transaction((): boolean => {
    const seen = prepared(
      db,
      'INSERT OR IGNORE INTO exposure_report_ids (id, day) VALUES (?, ?)',
    ).run(report.reportId, report.day);
    if (seen.changes === 0) return false;
    const { day, seconds, breaks, suggestions } = report;
    prepared(
      db,
      `INSERT INTO exposure_team_days (team, day, seconds, breaks, suggestions, reports)
       VALUES (?, ?, ?, ?, ?, 1)
       ON CONFLICT (team, day) DO UPDATE SET seconds = seconds + excluded.seconds,
         breaks = breaks + excluded.breaks, suggestions = suggestions + excluded.suggestions,
         reports = reports + 1`,
    ).run(who.team, day, seconds, breaks, suggestions);
    if (who.perPerson)
      prepared(
        db,
        `INSERT INTO exposure_person_days (team, day, reviewer_id, seconds, breaks, suggestions)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (team, day, reviewer_id) DO UPDATE SET seconds = seconds + excluded.seconds,
           breaks = breaks + excluded.breaks, suggestions = suggestions + excluded.suggestions`,
      ).run(who.team, day, who.reviewerId, seconds, breaks, suggestions);
    return true;
  });
  return run.immediate();
}

const teamRow = z.object({
  team: z.string(),
  day: z.string(),
  seconds: z.number(),
  breaks: z.number(),
  suggestions: z.number(),
  reports: z.number(),
});
const personRow = teamRow.omit({ reports: true }).extend({ reviewer_id: z.string() });

/** Days from `since` on, for one team or (admins) every team. */
export function readExposure(
  db: Database,
  query: { since: string; team?: string; perPerson: boolean },
): ExposureAggregate {
  const where = query.team === undefined ? 'day >= ?' : 'day >= ? AND team = ?';
  const args = query.team === undefined ? [query.since] : [query.since, query.team];
  const teams = z.array(teamRow).parse(
    prepared(
      db,
      `SELECT team, day, seconds, breaks, suggestions, reports FROM exposure_team_days
         WHERE ${where} ORDER BY day, team`,
    ).all(...args),
  );
  const people = query.perPerson
    ? z
        .array(personRow)
        .parse(
          prepared(
            db,
            `SELECT team, day, reviewer_id, seconds, breaks, suggestions FROM exposure_person_days
             WHERE ${where} ORDER BY day, team, reviewer_id`,
          ).all(...args),
        )
        .map(({ reviewer_id: reviewerId, ...rest }) => ({ ...rest, reviewerId }))
    : [];
  return { teams, perPerson: query.perPerson, people };
}
