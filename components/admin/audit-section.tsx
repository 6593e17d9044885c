import { useState } from 'react';
import { AUDIT_PAGE_SIZE } from '../../utils/admin/admin-messages';
import type { AuditEntry } from '../../utils/case-api/admin-schema';
import { sendAdmin } from './send-admin';

const cell = 'border-b border-zinc-100 px-2 py-1 align-top';

/**
 * Who changed which account, newest first (the case API's append-only audit log). The newest
 * page comes with the other lists; older pages are asked for one at a time, by the sequence
 * number of the oldest entry shown. The workspace remounts this when a new entry arrives, so
 * pages already shown never leave a gap behind the newest page.
 */
export function AuditSection(props: { token?: string; entries: AuditEntry[] }) {
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(props.entries.length >= AUDIT_PAGE_SIZE);
  const [problem, setProblem] = useState<string>();
  const [loading, setLoading] = useState(false);
  const entries = [...props.entries, ...older];

  const showOlder = async () => {
    setLoading(true);
    const answer = await sendAdmin(props.token, { op: 'audit', before: entries.at(-1)?.seq });
    setLoading(false);
    if (!answer.ok) return setProblem(answer.message);
    setProblem(undefined);
    setOlder((shown) => [...shown, ...answer.entries]);
    setMore(answer.entries.length >= AUDIT_PAGE_SIZE);
  };

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
          {entries.map((e) => (
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
      {problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      <p aria-live="polite" className="text-sm text-zinc-600">
        {more ? `${entries.length} newest entries shown.` : `All ${entries.length} entries shown.`}
      </p>
      {more && (
        <button
          type="button"
          disabled={loading}
          onClick={() => void showOlder()}
          className="rounded border border-zinc-400 px-3 py-1 text-sm"
        >
          {loading ? 'Loading older entries…' : 'Show older entries'}
        </button>
      )}
    </section>
  );
}
