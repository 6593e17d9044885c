import type { OpsStats } from '../../utils/ops/summary-schema';
import type { Column } from './csv';
import { percent, score, seconds } from './format';

/** The figures every grouping shares, after the grouping's own label column(s). */
export function statsColumns<Row extends OpsStats>(): Column<Row>[] {
  return [
    { header: 'Decisions', csv: (r) => r.decisions },
    {
      header: 'Handle median (ms)',
      csv: (r) => r.handleMedianMs,
      cell: (r) => seconds(r.handleMedianMs),
    },
    { header: 'Handle p90 (ms)', csv: (r) => r.handleP90Ms, cell: (r) => seconds(r.handleP90Ms) },
    {
      header: 'SLA attainment',
      csv: (r) => r.slaAttainment,
      cell: (r) => percent(r.slaAttainment),
    },
    { header: 'Decided after SLA', csv: (r) => r.slaBreached },
    { header: 'QA score', csv: (r) => r.qaScore, cell: (r) => score(r.qaScore) },
    { header: 'QA reviews', csv: (r) => r.qaReviews },
    { header: 'Overturn rate', csv: (r) => r.overturnRate, cell: (r) => percent(r.overturnRate) },
    { header: 'Disputes open', csv: (r) => r.disputesOpen },
  ];
}

/** A grouping's table: its naming columns (the first one heads each row), then the figures. */
export function groupColumns<Row extends OpsStats>(naming: Column<Row>[]): Column<Row>[] {
  return [
    ...naming.map((c, i) => (i === 0 ? { ...c, rowHeader: true } : c)),
    ...statsColumns<Row>(),
  ];
}
