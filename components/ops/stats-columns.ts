import type { OpsStats } from '../../utils/ops/summary-schema';
import type { Column } from './csv';
import { percent, score, seconds } from './format';

/** The figures every grouping shares, after the grouping's own label column(s). */
export function statsColumns<Row extends OpsStats>(): Column<Row>[] {
  return [
    { label: 'Decisions', value: (r) => r.decisions },
    {
      label: 'Handle median (ms)',
      value: (r) => r.handleMedianMs,
      show: (r) => seconds(r.handleMedianMs),
    },
    { label: 'Handle p90 (ms)', value: (r) => r.handleP90Ms, show: (r) => seconds(r.handleP90Ms) },
    {
      label: 'SLA attainment',
      value: (r) => r.slaAttainment,
      show: (r) => percent(r.slaAttainment),
    },
    { label: 'Decided after SLA', value: (r) => r.slaBreached },
    { label: 'QA score', value: (r) => r.qaScore, show: (r) => score(r.qaScore) },
    { label: 'QA reviews', value: (r) => r.qaReviews },
    { label: 'Overturn rate', value: (r) => r.overturnRate, show: (r) => percent(r.overturnRate) },
    { label: 'Disputes open', value: (r) => r.disputesOpen },
  ];
}
