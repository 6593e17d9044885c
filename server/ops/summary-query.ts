import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type {
  OpsStats,
  OpsSummary,
  OpsSummaryQuery,
  OpsTeam,
} from '../../utils/ops/summary-schema';
import { guidancePackSchema } from '../../utils/guidance/schema';
import { prepared } from '../db/statements';
import { listTeams } from '../db/teams';
import { latestVersion } from '../guidance/versions';
import { scopeCondition, type Scope } from '../qa/scope';
import * as sql from './summary-sql';

const num = z.number().nullable();
const statsRow = z.object({
  key: z.union([z.string(), z.number()]).nullable().optional(),
  name: z.string().nullable().optional(),
  team_id: z.string().nullable().optional(),
  decisions: z.number(),
  handle_median: num,
  handle_p90: num,
  sla_known: z.number(),
  sla_breached: z.number(),
  reversed: z.number(),
  qa_reviews: z.number(),
  qa_disagreed: z.number(),
  qa_score: num,
  disputes_open: z.number(),
});
type StatsRow = z.infer<typeof statsRow>;

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function toStats(r: StatsRow): OpsStats {
  return {
    decisions: r.decisions,
    handleMedianMs: r.handle_median,
    handleP90Ms: r.handle_p90,
    slaKnown: r.sla_known,
    slaBreached: r.sla_breached,
    slaAttainment: ratio(r.sla_known - r.sla_breached, r.sla_known),
    reversed: r.reversed,
    qaReviews: r.qa_reviews,
    qaDisagreed: r.qa_disagreed,
    qaScore: r.qa_score,
    overturnRate: ratio(r.reversed + r.qa_disagreed, r.decisions),
    disputesOpen: r.disputes_open,
  };
}

const modelRow = z.object({ key: z.string(), suggested: z.number(), overrode: z.number() });
const confusionRow = z.object({ suggested: z.string(), decided: z.string(), count: z.number() });
const escalationRow = z.object({ action: z.string(), count: z.number() });
const flaggedRow = z.object({ reviewed: z.number(), errors: z.number() });

/** Actions the current guidance marks as escalating (none before any is published). */
function escalatingActions(db: Database): string[] {
  const latest = latestVersion(db);
  if (!latest) return [];
  const pack = guidancePackSchema.parse(JSON.parse(latest.pack));
  return pack.actions.filter((a) => a.escalates).map((a) => a.id);
}

const NO_TEAM: OpsTeam = { id: '', name: 'No team', kind: 'none' };

export function visibleTeams(db: Database, scope: Scope): OpsTeam[] {
  const teams = listTeams(db).map(({ id, name, kind }): OpsTeam => ({ id, name, kind }));
  if (scope.kind === 'team') return teams.filter((t) => t.id === scope.teamId);
  return scope.kind === 'all' ? teams : [];
}

/** Every figure of the dashboard for one query, in the caller's scope. */
export function opsSummary(db: Database, query: OpsSummaryQuery, scope: Scope): OpsSummary {
  db.exec(sql.CREATE_BASE);
  const where = scopeCondition(scope, 'f.reviewer_id');
  const params = {
    granularity: query.granularity,
    from: new Date(query.from).toISOString(),
    to: new Date(query.to).toISOString(),
    team: query.team ?? null,
    queue: query.queue ?? null,
    reviewer: query.reviewer ?? null,
    console: query.console ?? null,
    guidanceVersion: query.guidanceVersion ?? null,
    scope: where.value,
  };
  return db.transaction(() => {
    prepared(db, sql.CLEAR_BASE).run();
    prepared(db, sql.fillBase(where.sql)).run(params);
    try {
      return aggregate(db, query, scope);
    } finally {
      prepared(db, sql.CLEAR_BASE).run();
    }
  })();
}

function aggregate(db: Database, query: OpsSummaryQuery, scope: Scope): OpsSummary {
  const rows = (select: string, extra: object = {}) => prepared(db, select).all(extra);
  const grouped = (key: string) => rows(sql.groupedStats(key)).map((raw) => statsRow.parse(raw));
  const teams = visibleTeams(db, scope);
  const teamOf = (id: string) => teams.find((t) => t.id === id) ?? { ...NO_TEAM, id };
  const model = (column: string) =>
    rows(sql.modelBy(column))
      .map((raw) => modelRow.parse(raw))
      .map((r) => ({ ...r, overrideRate: ratio(r.overrode, r.suggested) }));
  const flagged = flaggedRow.parse(rows(sql.MODEL_FLAGGED)[0]);

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
