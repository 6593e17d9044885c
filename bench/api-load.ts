import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CASES, DEMO_REVIEWERS, percentile } from './load/demo-load';
import { runLoad, type LoadResult } from './load/reviewers';
import { spawnServer, type SpawnedServer } from './load/spawn-server';
import type { Figure } from './page-load';

/**
 * The case API under 32 simulated reviewers (read a case, post a QA decision with a fresh key,
 * sometimes resend it, give a second opinion or reverse), on SQLite with 1 and with 2
 * cluster workers. The two servers run side by side and take turns (A/B/A/B) so the
 * machine's other load falls on both alike; only decision POSTs are timed.
 */
const WRITERS = 32;
const ROUND_MS = 7_000;
const WARM_UP_MS = 1_500;
const round = (n: number) => Math.round(n * 10) / 10;

const load = (server: SpawnedServer, durationMs: number) =>
  runLoad({
    url: server.url,
    reviewers: DEMO_REVIEWERS,
    concurrency: WRITERS,
    durationMs,
    cases: DEMO_CASES,
  });

function figures(results: LoadResult[], suffix: string, goals: [string, string]): Figure[] {
  const decisions = results.reduce((sum, r) => sum + r.decisions, 0);
  const seconds = results.reduce((sum, r) => sum + r.elapsedMs, 0) / 1000;
  const latencies = results.flatMap((r) => r.latenciesMs);
  return [
    {
      key: `api_decisions_per_s_sqlite${suffix}`,
      value: round(decisions / seconds),
      unit: 'decisions/s',
      goal: goals[0],
    },
    {
      key: `api_p99_ms_sqlite${suffix}`,
      value: round(percentile(latencies, 99)),
      unit: 'ms',
      goal: goals[1],
    },
  ];
}

export async function apiLoadFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'caselight-api-load-'));
  const one = await spawnServer(['--db', join(dir, 'one.db'), '--demo']);
  const two = await spawnServer(['--db', join(dir, 'two.db'), '--demo', '--instances', '2']);
  try {
    await load(one, WARM_UP_MS);
    await load(two, WARM_UP_MS);
    const single: LoadResult[] = [];
    const pair: LoadResult[] = [];
    for (let turn = 0; turn < 2; turn++) {
      single.push(await load(one, ROUND_MS));
      pair.push(await load(two, ROUND_MS));
    }
    const stray = [...single, ...pair].reduce((n, r) => n + r.unanswered + r.replayMismatches, 0);
    if (stray > 0) throw new Error(`${stray} decisions unanswered or replayed differently`);
    return [
      ...figures(single, '', ['issue baseline ~1,130/s on this machine', 'issue baseline 79 ms']),
      ...figures(pair, '_2inst', ['≥ 1 instance on 2 cores', '≤ 100 ms']),
    ];
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
}
