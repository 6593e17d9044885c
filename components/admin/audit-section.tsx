import type { AuditEntry } from '../../utils/case-api/admin-schema';

const cell = 'border-b border-zinc-100 px-2 py-1 align-top';

/** Who changed which account, newest first (the case API's append-only audit log). */
export function AuditSection(props: { entries: AuditEntry[] }) {
  return (
    <section aria-label="Audit log" className="space-y-3 rounded border border-zinc-200 p-4">
      <h2 className="text-lg font-semibold">Audit log</h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {['When', 'Who', 'What', 'Target', 'Detail'].map((h) => (
              <th key={h} className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.seq} data-testid="audit-entry">
              <td className={`${cell} whitespace-nowrap`}>{e.at.slice(0, 19).replace('T', ' ')}</td>
              <td className={cell}>{e.actor}</td>
              <td className={cell}>{e.action}</td>
              <td className={cell}>{e.target}</td>
              <td className={`${cell} font-mono text-xs`}>{JSON.stringify(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
