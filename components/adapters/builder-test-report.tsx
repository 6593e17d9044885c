import type { ResponseMap } from '../../utils/messaging/protocol';

type TestAnswer = ResponseMap['adapter:test'];

/** Field by field: what each selector matched on this tab and what came out. */
export function BuilderTestReport({ answer }: { answer: TestAnswer }) {
  const { extraction, reports } = answer;
  return (
    <section
      aria-label="Test on this tab"
      className="space-y-1 text-xs"
      data-testid="adapter-test-report"
    >
      {extraction.ok ? (
        <p role="status" className="rounded bg-emerald-50 p-1 text-emerald-900">
          Read case {extraction.case.id} with {extraction.case.items.length} messages
          {extraction.missing.length ? `; not found: ${extraction.missing.join(', ')}` : ''}.
        </p>
      ) : (
        <p role="alert" className="rounded bg-red-50 p-1 text-red-900">
          {extraction.problem}
        </p>
      )}
      <table className="w-full table-fixed border-collapse">
        <thead>
          <tr className="text-left text-zinc-500">
            <th className="w-1/4">Field</th>
            <th className="w-1/6">Matched</th>
            <th>Value or problem</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.field} className={r.problem ? 'text-red-800' : ''} data-field={r.field}>
              <td className="truncate font-mono" title={r.selector}>
                {r.field}
              </td>
              <td>{r.matched}</td>
              <td className="truncate" title={r.value}>
                {r.problem ? `${r.problem}${r.value ? ` · ${r.value}` : ''}` : r.value}
                {r.fallback && !r.problem ? ` · fallback ${r.fallback}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
