import { downloadCsv, toCsv, type Column } from './csv';

/**
 * One table of the dashboard with its CSV export. Every chart's numbers are in a table like
 * this too, so nothing is only in a canvas a screen reader cannot read.
 */
export function DataTable<Row>(props: {
  title: string;
  /** File name stem and test id. */
  name: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  const { title, name, columns, rows, rowKey } = props;
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
      {rows.length === 0 ? (
        <p className="text-sm text-zinc-500">Nothing in this period.</p>
      ) : (
        <div className="max-h-96 overflow-auto rounded border border-zinc-200">
          <table className="w-full text-left text-sm">
            <thead className="sticky top-0 bg-zinc-50">
              <tr>
                {columns.map((c) => (
                  <th key={c.label} scope="col" className="px-2 py-1 font-medium">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)} className="border-t border-zinc-100">
                  {columns.map((c) => (
                    <td key={c.label} className="px-2 py-1 tabular-nums">
                      {c.show ? c.show(row) : (c.value(row) ?? '–')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
