import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { OpsStats, OpsSummaryQuery, OpsTeam } from '../../utils/ops/summary-schema';
import { guidancePackSchema } from '../../utils/guidance/schema';
import { listTeams } from '../db/teams';
import { latestVersion } from '../guidance/versions';
import type { Scope } from '../qa/scope';

/** What both ways of answering `GET /ops/summary` (rollups or exact facts) share. */

const num = z.number().nullable();
export const statsRow = z.object({
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
export type StatsRow = z.infer<typeof statsRow>;

export const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function toStats(r: StatsRow): OpsStats {
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

/** Actions the current guidance marks as escalating (none before any is published). */
export function escalatingActions(db: Database): string[] {
  const latest = latestVersion(db);
  if (!latest) return [];
  const pack = guidancePackSchema.parse(JSON.parse(latest.pack));
  return pack.actions.filter((a) => a.escalates).map((a) => a.id);
}

export const NO_TEAM: OpsTeam = { id: '', name: 'No team', kind: 'none' };

export function visibleTeams(db: Database, scope: Scope): OpsTeam[] {
  const teams = listTeams(db).map(({ id, name, kind }): OpsTeam => ({ id, name, kind }));
  if (scope.kind === 'team') return teams.filter((t) => t.id === scope.teamId);
  return scope.kind === 'all' ? teams : [];
}

/** The query's named parameters, shared by every statement of both paths. */
export function queryParams(query: OpsSummaryQuery, scopeValue: string) {
  return {
    granularity: query.granularity,
    from: new Date(query.from).toISOString(),
    to: new Date(query.to).toISOString(),
    team: query.team ?? null,
    queue: query.queue ?? null,
    reviewer: query.reviewer ?? null,
    console: query.console ?? null,
    guidanceVersion: query.guidanceVersion ?? null,
    scope: scopeValue,
  };
}

/** The filters over a facts or rollup alias (both name these columns alike). */
export const filterSql = (a: string) => `(@team IS NULL OR ${a}.team_id = @team)
  AND (@queue IS NULL OR ${a}.queue = @queue) AND (@reviewer IS NULL OR ${a}.reviewer_id = @reviewer)
  AND (@console IS NULL OR ${a}.console = @console)
  AND (@guidanceVersion IS NULL OR ${a}.guidance_version = @guidanceVersion)`;

/** Of the model-flagged QA samples in the window, how many QA found a real error in. */
export const modelFlaggedSql = (scopeSql: string) => `SELECT COUNT(*) AS reviewed,
    COALESCE(SUM(r.agreed = 0), 0) AS errors
  FROM qa_samples s JOIN decision_facts f ON f.decision_id = s.decision_id
    JOIN qa_reviews r ON r.decision_id = s.decision_id
  WHERE s.reason = 'model-flagged' AND f.mode = 'live' AND f.is_reversal = 0
    AND f.decided_at >= @from AND f.decided_at < @to AND ${filterSql('f')} AND ${scopeSql}`;

export const flaggedRow = z.object({ reviewed: z.number(), errors: z.number() });
