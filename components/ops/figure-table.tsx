import { downloadCsv, toCsv, type Column } from './csv';

/** A table as data: the group, model and matrix tables are all lists of these. */
export interface FigureTableSpec<Row> {
  title: string;
  /** File name stem and test id. */
  name: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Under the title, e.g. what a marked cell means. */
  note?: string;
}

/**
 * One table of the dashboard with its CSV export, built from column definitions (header,
 * cell, CSV value). Every chart's numbers are in a table like this too, so nothing is only in
 * a canvas a screen reader cannot read.
 */
export function FigureTable<Row>(props: FigureTableSpec<Row>) {
  const { title, name, columns, rows, rowKey, note } = props;
  const id = `ops-${name}-title`;
  return (
    <section aria-labelledby={id} className="space-y-2" data-testid={`ops-${name}`}>
      <div className="flex items-center gap-3">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        <button
          type="button"
          className="rounded border border-zinc-300 px-2 py-0.5 text-xs"
          onClick={() => downloadCsv(`caselight-${name}.csv`, toCsv(columns, rows))}
        >
          Export CSV<span className="sr-only"> of {title}</span>
        </button>
      </div>
      {note && <p className="text-xs text-zinc-600">{note}</p>}
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-500">Nothing in this period.</p>
      ) : (
        <div className="max-h-96 overflow-auto rounded border border-zinc-200">
          <table className="w-full text-left text-sm">
            <thead className="sticky top-0 bg-zinc-50">
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className="px-2 py-1 font-medium">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)} className="border-t border-zinc-100">
                  {columns.map((c) => {
                    const Cell = c.rowHeader ? 'th' : 'td';
                    return (
                      <Cell
                        key={c.header}
                        scope={c.rowHeader ? 'row' : undefined}
                        className={`px-2 py-1 tabular-nums ${c.rowHeader ? 'font-medium' : ''} ${c.cellClass?.(row) ?? ''}`}
                      >
                        {c.cell ? c.cell(row) : (c.csv(row) ?? '–')}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
