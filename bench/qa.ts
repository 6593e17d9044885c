import { performance } from 'node:perf_hooks';
import { decisionSchema } from '../utils/decisions/schema';
import { samplingRulesInputSchema } from '../utils/qa/schema';
import { selectSamples } from '../utils/qa/sample';
import { insertDecision } from '../server/db/decisions';
import { liveCandidates } from '../server/db/qa-samples';
import { openDatabase } from '../server/db/open';
import { benchDecision, seedBenchAccounts } from './qa-seed';
import type { Figure } from './page-load';

/**
 * `qa_sample_select_100k_ms`: the sampling rules applied to 100,000 live decisions already read
 * (median of 5). `qa_sample_read_100k_ms` is what `POST /api/qa/sample` adds before that:
 * reading those decisions out of SQLite. Decisions are written straight into the store here
 * (the HTTP path is not what this measures).
 */
const N = 100_000;
const RUNS = 5;
const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

export async function qaFigures(): Promise<Figure[]> {
  const db = openDatabase(':memory:');
  seedBenchAccounts(db);
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const decision = decisionSchema.parse(benchDecision(i));
      insertDecision(db, decision, {
        ref: { namespace: decision.console, caseId: decision.caseId },
        receivedAt: decision.decidedAt,
        reviewerName: decision.reviewerId,
      });
    }
  })();
  const rules = samplingRulesInputSchema.parse({
    defaultPercent: 2,
    perQueue: { 'Violent threats': 10 },
    perAction: { suspend: 5 },
    perReviewer: { 'bench-rev-7': 50 },
    always: { noViolationAboveScore: 0.9, newReviewerDays: 14 },
  });
  const reads: number[] = [];
  const selects: number[] = [];
  let picked = 0;
  for (let run = 0; run < RUNS; run++) {
    const read = timed(() => liveCandidates(db, new Date(0), true));
    const select = timed(() => selectSamples(rules, read.value));
    if (read.value.length !== N) throw new Error(`read ${read.value.length} decisions, not ${N}`);
    reads.push(read.ms);
    selects.push(select.ms);
    picked = select.value.length;
  }
  db.close();
  console.error(`[qa bench] ${picked} of ${N} decisions sampled`);
  return [
    { key: 'qa_sample_select_100k_ms', value: round(median(selects)), unit: 'ms', goal: '<= 200' },
    { key: 'qa_sample_read_100k_ms', value: round(median(reads)), unit: 'ms', goal: 'info' },
  ];
}
