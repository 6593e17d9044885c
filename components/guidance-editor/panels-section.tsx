import { useCallback, useEffect, useState } from 'react';
import type { Role } from '../../utils/case-api/schema';
import type { EditorPanelsAnswer } from '../../utils/guidance/editor-messages';
import { unreachableFailure } from '../../utils/guidance/editor-messages';
import { sendRequest } from '../../utils/messaging/send';

const ROLES = {
  reviewer: 'Reviewer',
  'policy-lead': 'Policy lead',
  trainer: 'Trainer',
  'qa-reviewer': 'QA reviewer',
  'vendor-manager': 'Vendor manager',
  admin: 'Admin',
} satisfies Record<Role, string>;

function ago(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 90) return `${seconds} s ago`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min ago`;
  return new Date(iso).toLocaleString();
}

/**
 * Who is on which version: every token that fetched guidance, the version it last got and
 * when, behind ones first (the case API's order). The editor remounts it after a publish.
 */
export function PanelsSection(props: { token?: string; enabled: boolean }) {
  const [loaded, setLoaded] = useState<{ answer: EditorPanelsAnswer; at: number }>();
  const load = useCallback(() => {
    void sendRequest({ type: 'guidance:panels', token: props.token })
      .catch((error: unknown): EditorPanelsAnswer => unreachableFailure(error))
      .then((answer) => setLoaded({ answer, at: Date.now() }));
  }, [props.token]);
  useEffect(() => {
    if (props.enabled) load();
  }, [props.enabled, load]);

  const answer = loaded?.answer;
  const now = loaded?.at ?? 0;
  return (
    <section
      aria-labelledby="panels-title"
      className="space-y-2 rounded border border-zinc-200 p-3"
    >
      <div className="flex items-center gap-3">
        <h2 id="panels-title" className="font-semibold">
          Who is on which version
        </h2>
        {props.enabled && (
          <button type="button" className="text-xs text-indigo-700 underline" onClick={load}>
            Refresh
          </button>
        )}
      </div>
      {!props.enabled ? (
        <p className="text-xs text-zinc-500">Policy leads and admins can see this.</p>
      ) : !answer ? (
        <p className="text-xs text-zinc-500">Loading…</p>
      ) : !answer.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {answer.message}
        </p>
      ) : answer.panels.length === 0 ? (
        <p className="text-xs text-zinc-500">No panel has fetched guidance yet.</p>
      ) : (
        <table data-testid="panels-table" className="w-full text-left text-xs">
          <thead className="text-zinc-500">
            <tr>
              <th className="font-normal">Who</th>
              <th className="font-normal">Role</th>
              <th className="font-normal">Token</th>
              <th className="font-normal">Version</th>
              <th className="font-normal">Last check</th>
            </tr>
          </thead>
          <tbody>
            {answer.panels.map((p, i) => (
              <tr key={i} data-testid="panel-row" className={p.current ? '' : 'text-amber-800'}>
                <td>{p.userName}</td>
                <td>{ROLES[p.role]}</td>
                <td>{p.tokenLabel ?? '–'}</td>
                <td>
                  v{p.version}
                  {p.current ? ' (current)' : ` (behind v${answer.currentVersion})`}
                </td>
                <td>{ago(p.fetchedAt, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
