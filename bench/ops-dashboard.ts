import { performance } from 'node:perf_hooks';
import { DEMO_TOKENS } from '../server';
import { insertDecision } from '../server/db/decisions';
import { opsSummary } from '../server/ops/summary-query';
import { decisionSchema } from '../utils/decisions/schema';
import { startHarness } from '../e2e/harness';
import { lastDays } from '../components/ops/format';
import { benchDecision, seedBenchAccounts } from './qa-seed';
import { percentile } from './case-to-panel';
import type { Figure } from './page-load';

/**
 * `ops_dashboard_100k_ms`: the operations dashboard's first full render over 100,000 live
 * decisions by 300 reviewers in 6 teams, in Chromium with the built extension: navigation
 * start → the page's `caselight:ops-rendered` mark (also written on <body>) (every chart and table drawn), median of
 * fresh loads. The decisions are written through the case API's own data layer
 * (`insertDecision`, so the decision_facts trigger runs as for an HTTP POST): 100,000 HTTP
 * POSTs would take minutes and measure the POST path, not the dashboard.
 * `ops_summary_100k_ms` is the summary query's part, in process, over the page's window; the
 * `_start`, `_asked`, `_answered` and `_drawn` figures split the render (page start to
 * DOMContentLoaded, then to the summary request, its round trip, and React and uPlot drawing).
 */
const N = 100_000;
const LOADS = 5;
const DAY = 86_400_000;
const round = (n: number) => Math.round(n * 10) / 10;

/** The bench population, moved into the last 28 days so the page's default window holds it. */
function seed(db: Parameters<typeof seedBenchAccounts>[0]): void {
  seedBenchAccounts(db);
  const now = Date.now();
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const base = benchDecision(i);
      const decidedAt = now - DAY / 24 - ((i * 26_000) % (28 * DAY));
      const due = decidedAt + (i % 4 === 0 ? -60_000 : 3_600_000);
      const decision = decisionSchema.parse({
        ...base,
        decidedAt: new Date(decidedAt).toISOString(),
        caseRecord: { ...base.caseRecord, slaDueAt: new Date(due).toISOString() },
      });
      insertDecision(db, decision, {
        ref: { namespace: decision.console, caseId: decision.caseId },
        receivedAt: decision.decidedAt,
        reviewerName: decision.reviewerId,
      });
    }
  })();
}

export async function opsDashboardFigures(): Promise<Figure[]> {
  const h = await startHarness();
  try {
    seed(h.api.db);
    // The page's own default window (whole UTC days, which the rollups answer).
    const query = { ...lastDays(30), granularity: 'day' as const };
    const queries: number[] = [];
    // CPU time too: wall time on a shared machine measures the neighbours as much as us.
    const cpus: number[] = [];
    for (let run = 0; run < LOADS; run++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const summary = opsSummary(h.api.db, query, { kind: 'all' });
      queries.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
      if (summary.total.decisions !== N) throw new Error(`${summary.total.decisions} decisions`);
    }
    await h.configure({ token: DEMO_TOKENS.lead });
    const renders: number[] = [];
    const split = {
      start: [] as number[],
      asked: [] as number[],
      answered: [] as number[],
      drawn: [] as number[],
    };
    for (let load = 0; load < LOADS; load++) {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl('ops.html'));
      // The page writes the mark's time on <body> too: an extension page's CSP forbids the
      // string evaluation a polled expression would need.
      const rendered = page.locator('body[data-ops-rendered]');
      await rendered.waitFor({ state: 'attached', timeout: 60_000 });
      const ms = Number(await rendered.getAttribute('data-ops-rendered'));
      const totals = await page.getByTestId('ops-totals').innerText();
      if (!totals.startsWith(`${N} decisions`)) throw new Error(`the page shows: ${totals}`);
      renders.push(ms);
      // Where the time goes: page start, the identity ("me") round trip, the summary's round
      // trip through the background and the case API, then React and uPlot drawing it.
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      // In the page, not Node: the DOM's navigation entry.
      const nav = await page.evaluate(() => {
        const dom = performance as unknown as { getEntriesByType(t: string): unknown[] };
        const [entry] = dom.getEntriesByType('navigation') as {
          domContentLoadedEventEnd: number;
        }[];
        return entry?.domContentLoadedEventEnd ?? NaN;
      });
      split.start.push(nav);
      split.asked.push((marks['caselight:ops-asked'] ?? NaN) - nav);
      split.answered.push(
        (marks['caselight:ops-answered'] ?? NaN) - (marks['caselight:ops-asked'] ?? NaN),
      );
      split.drawn.push(ms - (marks['caselight:ops-answered'] ?? NaN));
      await page.close();
    }
    return [
      {
        key: 'ops_dashboard_100k_ms',
        value: round(percentile(renders, 50)),
        unit: 'ms',
        goal: '≤ 800',
      },
      ...Object.entries(split).map(([part, values]) => ({
        key: `ops_dashboard_100k_${part}_ms`,
        value: round(percentile(values, 50)),
        unit: 'ms',
        goal: 'part of the above',
      })),
      {
        key: 'ops_summary_100k_cpu_ms',
        value: round(percentile(cpus, 50)),
        unit: 'ms',
        goal: 'part of the above',
      },
      {
        key: 'ops_summary_100k_ms',
        value: round(percentile(queries, 50)),
        unit: 'ms',
        goal: 'part of the above',
      },
    ];
  } finally {
    await h.close();
  }
}
