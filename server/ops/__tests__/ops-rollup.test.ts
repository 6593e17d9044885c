import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { benchDecision, seedBenchAccounts } from '../../../bench/qa-seed';
import { decisionSchema } from '../../../utils/decisions/schema';
import { insertDecision, linkReversal } from '../../db/decisions';
import { migrations, migrate } from '../../db/migrations';
import { opsRollupMigration } from '../../db/ops-rollup-migration';
import { exactSummary } from '../summary-query';
import { rollupSummary } from '../summary-rollup';

const N = 1_500;
/** Fixed ids, so the two databases below hold the same rows. */
const uuid = (variant: number, i: number) =>
  `00000000-0000-4000-${variant}000-${String(i).padStart(12, '0')}`;

/** The bench population (300 reviewers, 6 teams), with every 50th decision reversed. */
function seed(db: BetterSqlite3.Database): void {
  seedBenchAccounts(db);
  for (let i = 0; i < N; i++) {
    const d = decisionSchema.parse({ ...benchDecision(i), id: uuid(8, i) });
    const ref = { namespace: d.console, caseId: d.caseId };
    insertDecision(db, d, { ref, receivedAt: d.decidedAt, reviewerName: d.reviewerId });
    if (i % 50 !== 0) continue;
    const undo = decisionSchema.parse({ ...d, id: uuid(9, i), reverses: d.id });
    insertDecision(db, undo, { ref, receivedAt: d.decidedAt, reviewerName: d.reviewerId });
    linkReversal(db, d.id, undo.id);
  }
}

// A histogram's JSON keys come in the order buckets were first seen: compare them as objects.
const rollups = (db: BetterSqlite3.Database) => [
  db
    .prepare('SELECT * FROM ops_rollup ORDER BY 1, 2, 3, 4, 5, 6')
    .all()
    .map((row) => {
      const { handle_hist, ...rest } = row as { handle_hist: string };
      return { ...rest, handle_hist: JSON.parse(handle_hist) as unknown };
    }),
  db.prepare('SELECT * FROM ops_model_rollup ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10').all(),
];

describe('operations rollups', () => {
  it('backfill older decisions exactly as the triggers keep new ones', () => {
    const kept = new BetterSqlite3(':memory:');
    migrate(kept);
    seed(kept);
    const upgraded = new BetterSqlite3(':memory:');
    for (const m of migrations.slice(0, migrations.indexOf(opsRollupMigration))) {
      upgraded.exec(m.sql);
    }
    seed(upgraded);
    upgraded.exec(opsRollupMigration.sql);
    const [stats] = rollups(kept);
    expect(stats!.length).toBeGreaterThan(100);
    expect(rollups(upgraded)).toEqual(rollups(kept));
    // Older rows take their reviewer's current team: the team they had then was never kept.
    const teams = upgraded
      .prepare(
        'SELECT COUNT(*) AS n FROM decision_facts f JOIN users u ON u.id = f.reviewer_id WHERE f.team_id = u.team_id',
      )
      .get();
    expect(teams).toEqual({ n: N + N / 50 });
  });

  it('give the exact figures, handle times within their bucket bound', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    seed(db);
    for (const granularity of ['day', 'week'] as const) {
      const query = {
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-20T00:00:00.000Z',
        granularity,
      };
      const scope = { kind: 'team', teamId: 'bench-team-3' } as const;
      for (const [q, s] of [
        [query, { kind: 'all' } as const],
        [{ ...query, queue: 'Scams', guidanceVersion: 2 }, { kind: 'all' } as const],
        [query, scope],
      ] as const) {
        const exact = exactSummary(db, q, s);
        const rolled = rollupSummary(db, q, s);
        expect(exact.total.decisions).toBeGreaterThan(0);
        const handle = (x: typeof exact) =>
          [x.total, ...x.byPeriod, ...x.byQueue, ...x.byTeam, ...x.byReviewer].flatMap((r) => [
            r.handleMedianMs,
            r.handleP90Ms,
          ]);
        const bare = (x: typeof exact) =>
          JSON.parse(
            JSON.stringify(x, (k, v: unknown) =>
              k === 'handleMedianMs' || k === 'handleP90Ms' ? undefined : v,
            ),
          ) as unknown;
        expect(bare(rolled)).toEqual(bare(exact));
        const exactTimes = handle(exact);
        handle(rolled).forEach((ms, i) => {
          const want = exactTimes[i]!;
          expect(Math.abs(ms! - want)).toBeLessThanOrEqual(0.049 * want);
        });
      }
    }
  });
});
