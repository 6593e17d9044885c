import type { OpsSummary } from '../../utils/ops/summary-schema';
import type { Column } from './csv';
import type { FigureTableSpec } from './figure-table';

export interface MatrixRow {
  suggested: string;
  counts: ReadonlyMap<string, number>;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The model's suggestion (rows) against the final decision (columns), as a FigureTable: every
 * action either side ever took is a row and a column, so the agreeing cells form the diagonal,
 * which is marked. Empty cells are 0, in the page and in the CSV.
 */
export function confusionMatrix(cells: OpsSummary['confusion']): FigureTableSpec<MatrixRow> {
  const decided = [...new Set(cells.map((c) => c.decided))].toSorted(byName);
  const suggested = [...new Set(cells.map((c) => c.suggested))].toSorted(byName);
  const rows = suggested.map((s): MatrixRow => ({
    suggested: s,
    counts: new Map(cells.filter((c) => c.suggested === s).map((c) => [c.decided, c.count])),
  }));
  const columns: Column<MatrixRow>[] = [
    { header: 'Model suggested ↓ / decided →', csv: (r) => r.suggested, rowHeader: true },
    ...decided.map((d): Column<MatrixRow> => ({
      header: d,
      csv: (r) => r.counts.get(d) ?? 0,
      cell: (r) =>
        r.suggested === d ? `${r.counts.get(d) ?? 0} (agreed)` : (r.counts.get(d) ?? 0),
      cellClass: (r) => (r.suggested === d ? 'bg-emerald-50 font-semibold' : undefined),
    })),
  ];
  return {
    title: 'Model suggestion against final decision',
    name: 'confusion',
    note: 'Rows: what the model suggested; columns: what was decided. Cells marked “agreed” are the diagonal.',
    rows,
    columns,
    rowKey: (r) => r.suggested,
  };
}
