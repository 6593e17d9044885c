import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { OpsSummary, OpsSummaryQuery } from '../../utils/ops/summary-schema';
import { prepared } from '../db/statements';
import { scopeFacts, type Scope } from '../qa/scope';
import { quantile, type Histogram } from './handle-buckets';
import { modelFigures, type ModelCell } from './summary-model';
import {
  escalatingActions,
  flaggedRow,
  modelFlaggedSql,
  NO_TEAM,
  queryParams,
  ratio,
  filterSql,
  toStats,
  visibleTeams,
  type StatsRow,
} from './summary-common';

/**
 * `GET /ops/summary` from the daily rollups (server/db/ops-rollup-migration.ts): one read of a
 * few thousand rows, summed here per period, queue, team and reviewer in one pass. Counts are
 * exact; medians and p90s come from the handle-time histograms (within 4.9%).
 */
const WHERE = `r.day >= substr(@from, 1, 10) AND r.day < substr(@to, 1, 10) AND ${filterSql('r')}`;
const PERIOD = `CASE @granularity WHEN 'week' THEN date(r.day, '-6 days', 'weekday 1')
  ELSE r.day END AS period`;
const statsSql = (scope: string) => `SELECT ${PERIOD}, r.reviewer_id, r.team_id, r.queue,
  r.decisions, r.handle_hist, r.sla_known, r.sla_breached, r.reversed, r.qa_reviews,
  r.qa_disagreed, r.qa_score_sum, r.disputes_open FROM ops_rollup r WHERE ${WHERE} AND ${scope}`;
const modelSql = (scope: string) => `SELECT r.action, r.suggested_action, r.top_category,
  r.agreement, SUM(r.decisions) AS decisions FROM ops_model_rollup r WHERE ${WHERE} AND ${scope}
  GROUP BY r.action, r.suggested_action, r.top_category, r.agreement`;

const n = z.number();
const rollupRow = z.object({
  period: z.string(),
  reviewer_id: z.string(),
  team_id: z.string(),
  queue: z.string(),
  decisions: n,
  handle_hist: z.string(),
  sla_known: n,
  sla_breached: n,
  reversed: n,
  qa_reviews: n,
  qa_disagreed: n,
  qa_score_sum: n,
  disputes_open: n,
});
type RollupRow = z.infer<typeof rollupRow>;
const modelCell = z.object({
  action: z.string(),
  suggested_action: z.string(),
  top_category: z.string(),
  agreement: z.string(),
  decisions: n,
});
class Sums {
  decisions = 0;
  slaKnown = 0;
  slaBreached = 0;
  reversed = 0;
  qaReviews = 0;
  qaDisagreed = 0;
  qaScoreSum = 0;
  disputesOpen = 0;
  readonly hist: Histogram = new Map();
  teamId: string | undefined;
  add(row: RollupRow, buckets: [number, number][]): void {
    this.decisions += row.decisions;
    this.slaKnown += row.sla_known;
    this.slaBreached += row.sla_breached;
    this.reversed += row.reversed;
    this.qaReviews += row.qa_reviews;
    this.qaDisagreed += row.qa_disagreed;
    this.qaScoreSum += row.qa_score_sum;
    this.disputesOpen += row.disputes_open;
    for (const [b, c] of buckets) this.hist.set(b, (this.hist.get(b) ?? 0) + c);
    if (this.teamId === undefined || row.team_id < this.teamId) this.teamId = row.team_id;
  }
  stats(key: string): StatsRow {
    return {
      key,
      team_id: this.teamId ?? '',
      decisions: this.decisions,
      sla_known: this.slaKnown,
      sla_breached: this.slaBreached,
      reversed: this.reversed,
      qa_reviews: this.qaReviews,
      qa_disagreed: this.qaDisagreed,
      disputes_open: this.disputesOpen,
      qa_score: this.qaReviews === 0 ? null : this.qaScoreSum / this.qaReviews,
      handle_median: quantile(this.hist, 0.5),
      handle_p90: quantile(this.hist, 0.9),
    };
  }
}

function groupBy(rows: RollupRow[], hists: [number, number][][], key: (r: RollupRow) => string) {
  const groups = new Map<string, Sums>();
  rows.forEach((row, i) => {
    const k = key(row);
    let sums = groups.get(k);
    if (!sums) groups.set(k, (sums = new Sums()));
    sums.add(row, hists[i]!);
  });
  return [...groups.keys()].toSorted().map((k) => groups.get(k)!.stats(k));
}

export function rollupSummary(db: Database, query: OpsSummaryQuery, scope: Scope): OpsSummary {
  const where = scopeFacts(scope, 'r');
  const factsWhere = scopeFacts(scope, 'f');
  const params = queryParams(query, where.value);
  const read = db.transaction(() => ({
    stats: prepared(db, statsSql(where.sql))
      .all(params)
      .map((raw) => rollupRow.parse(raw)),
    model: prepared(db, modelSql(where.sql))
      .all(params)
      .map((raw): ModelCell => modelCell.parse(raw)),
    flagged: flaggedRow.parse(prepared(db, modelFlaggedSql(factsWhere.sql)).get(params)),
    names: new Map(
      z
        .array(z.object({ id: z.string(), name: z.string() }))
        .parse(prepared(db, 'SELECT id, name FROM users').all())
        .map((u) => [u.id, u.name]),
    ),
  }));
  const { stats: rows, model, flagged, names } = read();
  const hists = rows.map((r) =>
    Object.entries(JSON.parse(r.handle_hist) as Record<string, number>).map(
      ([b, c]): [number, number] => [Number(b), c],
    ),
  );
  const teams = visibleTeams(db, scope);
  const teamOf = (id: string) => teams.find((t) => t.id === id) ?? { ...NO_TEAM, id };
  return {
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    teams,
    total: toStats(groupBy(rows, hists, () => '')[0] ?? new Sums().stats('')),
    byPeriod: groupBy(rows, hists, (r) => r.period).map((r) => ({
      period: String(r.key),
      ...toStats(r),
    })),
    byQueue: groupBy(rows, hists, (r) => r.queue).map((r) => ({
      queue: String(r.key),
      ...toStats(r),
    })),
    byTeam: groupBy(rows, hists, (r) => r.team_id).map((r) => ({
      team: teamOf(String(r.key)),
      ...toStats(r),
    })),
    byReviewer: groupBy(rows, hists, (r) => r.reviewer_id).map((r) => ({
      reviewerId: String(r.key),
      reviewerName: names.get(String(r.key)) ?? String(r.key),
      teamId: r.team_id ?? '',
      ...toStats(r),
    })),
    ...modelFigures(model, escalatingActions(db)),
    modelFlagged: {
      reviewed: flagged.reviewed,
      realErrors: flagged.errors,
      precision: ratio(flagged.errors, flagged.reviewed),
    },
  };
}
