import { useEffect, useMemo } from 'react';
import type { OpsSummary, OpsSummaryQuery } from '../../utils/ops/summary-schema';
import { percent, score, seconds } from './format';
import { GroupTables } from './group-tables';
import { ModelTables } from './model-tables';
import { TimeChart } from './time-chart';
import { VendorScorecard } from './vendor-scorecard';

/** The mark the page sets once every chart and table is drawn (the bench measures to it). */
export const RENDERED_MARK = 'caselight:ops-rendered';

/**
 * Rendered last, so its effect runs after every chart's (effects run child first, in order);
 * the next frame has painted them. The view is mounted per answer, so it marks each one.
 */
function RenderedMark() {
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      performance.mark(RENDERED_MARK);
      document.body.dataset.opsRendered = String(performance.now());
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return null;
}

export function SummaryView(props: { summary: OpsSummary; query: OpsSummaryQuery }) {
  const { summary, query } = props;
  const periods = useMemo(() => summary.byPeriod.map((p) => p.period), [summary]);
  const volume = useMemo(
    () => [
      { label: 'Decisions', values: summary.byPeriod.map((p) => p.decisions), color: '#4338ca' },
      { label: 'After SLA', values: summary.byPeriod.map((p) => p.slaBreached), color: '#b91c1c' },
    ],
    [summary],
  );
  const speed = useMemo(
    () => [
      { label: 'Median', values: summary.byPeriod.map((p) => p.handleMedianMs), color: '#047857' },
      { label: 'p90', values: summary.byPeriod.map((p) => p.handleP90Ms), color: '#b45309' },
    ],
    [summary],
  );
  const empty = summary.total.decisions === 0;

  if (empty) {
    const team = summary.teams.find((t) => t.id === query.team)?.name;
    return (
      <p role="status" data-testid="ops-empty" className="rounded bg-zinc-50 p-4 text-sm">
        No live decisions {team ? `by ${team} ` : ''}from {query.from.slice(0, 10)} to before{' '}
        {query.to.slice(0, 10)} match these filters, so there is nothing to chart yet.
        <RenderedMark />
      </p>
    );
  }
  const t = summary.total;
  const byPeriodTitle = `Per ${summary.granularity}`;
  return (
    <div className="space-y-6">
      <p data-testid="ops-totals" className="text-sm">
        {t.decisions} decisions · handle time median {seconds(t.handleMedianMs)}, p90{' '}
        {seconds(t.handleP90Ms)} · SLA attainment {percent(t.slaAttainment)} ({t.slaBreached} after
        SLA) · QA score {score(t.qaScore)} · overturn rate {percent(t.overturnRate)} ·{' '}
        {t.disputesOpen} disputes open
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <TimeChart
          title="Decisions and decisions after SLA"
          tableTitle={byPeriodTitle}
          periods={periods}
          series={volume}
        />
        <TimeChart
          title="Handle time (ms), median and p90"
          tableTitle={byPeriodTitle}
          periods={periods}
          series={speed}
        />
      </div>
      <GroupTables summary={summary} periodTitle={byPeriodTitle} />
      <VendorScorecard summary={summary} />
      <ModelTables summary={summary} />
      <RenderedMark />
    </div>
  );
}
