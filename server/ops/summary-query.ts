import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { OpsSummary, OpsSummaryQuery } from '../../utils/ops/summary-schema';
import { prepared } from '../db/statements';
import { scopeFacts, type Scope } from '../qa/scope';
import {
  escalatingActions,
  flaggedRow,
  modelFlaggedSql,
  NO_TEAM,
  queryParams,
  ratio,
  statsRow,
  toStats,
  visibleTeams,
} from './summary-common';
import { rollupSummary } from './summary-rollup';
import * as sql from './summary-sql';

const modelRow = z.object({ key: z.string(), suggested: z.number(), overrode: z.number() });
const confusionRow = z.object({ suggested: z.string(), decided: z.string(), count: z.number() });
const escalationRow = z.object({ action: z.string(), count: z.number() });

const MIDNIGHT = /T00:00:00(\.000)?Z$/;
/** Whole UTC days: what the daily rollups can answer (the page always asks for these). */
export const onWholeDays = (query: OpsSummaryQuery): boolean =>
  [query.from, query.to].every((t) => MIDNIGHT.test(new Date(t).toISOString()));

/** Every figure of the dashboard for one query, in the caller's scope. */
export function opsSummary(db: Database, query: OpsSummaryQuery, scope: Scope): OpsSummary {
  return onWholeDays(query) ? rollupSummary(db, query, scope) : exactSummary(db, query, scope);
}

/** The same figures from the facts, exact to the millisecond and with exact medians. */
export function exactSummary(db: Database, query: OpsSummaryQuery, scope: Scope): OpsSummary {
  db.exec(sql.CREATE_BASE);
  const where = scopeFacts(scope, 'f');
  const params = queryParams(query, where.value);
  return db.transaction(() => {
    prepared(db, sql.CLEAR_BASE).run();
    prepared(db, sql.fillBase(where.sql)).run(params);
    try {
      const flagged = flaggedRow.parse(prepared(db, modelFlaggedSql(where.sql)).get(params));
      return aggregate(db, query, scope, flagged);
    } finally {
      prepared(db, sql.CLEAR_BASE).run();
    }
  })();
}

function aggregate(
  db: Database,
  query: OpsSummaryQuery,
  scope: Scope,
  flagged: z.infer<typeof flaggedRow>,
): OpsSummary {
  const rows = (select: string, extra: object = {}) => prepared(db, select).all(extra);
  const grouped = (key: string) => rows(sql.groupedStats(key)).map((raw) => statsRow.parse(raw));
  const teams = visibleTeams(db, scope);
  const teamOf = (id: string) => teams.find((t) => t.id === id) ?? { ...NO_TEAM, id };
  const model = (column: string) =>
    rows(sql.modelBy(column))
      .map((raw) => modelRow.parse(raw))
      .map((r) => ({ ...r, overrideRate: ratio(r.overrode, r.suggested) }));

  return {
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    teams,
    total: toStats(statsRow.parse(rows(`SELECT ${sql.STATS} FROM temp.ops_base`)[0])),
    byPeriod: grouped('period').map((r) => ({
      period: String(r.key),
      ...toStats(r),
    })),
    byQueue: grouped('queue').map((r) => ({ queue: String(r.key), ...toStats(r) })),
    byTeam: grouped('team_id').map((r) => ({ team: teamOf(String(r.key)), ...toStats(r) })),
    byReviewer: grouped('reviewer_id').map((r) => ({
      reviewerId: String(r.key),
      reviewerName: r.name ?? String(r.key),
      teamId: r.team_id ?? '',
      ...toStats(r),
    })),
    modelByCategory: model('top_category'),
    modelByAction: model('suggested_action'),
    confusion: rows(sql.CONFUSION).map((raw) => confusionRow.parse(raw)),
    escalations: rows(sql.ESCALATIONS, {
      escalating: JSON.stringify(escalatingActions(db)),
    }).map((raw) => escalationRow.parse(raw)),
    modelFlagged: {
      reviewed: flagged.reviewed,
      realErrors: flagged.errors,
      precision: ratio(flagged.errors, flagged.reviewed),
    },
  };
}
