import type { ChangeAnswer } from './admin-workspace';
import { sendAdmin } from './send-admin';
import type { AdminData } from './use-admin-data';

const cell = 'border-b border-zinc-100 px-2 py-1';
const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

/** Every token (never the token itself): whose, state, expiry, last use; revoke one. */
export function TokensSection(props: {
  token?: string;
  data: AdminData;
  change: (run: () => Promise<ChangeAnswer>) => Promise<boolean>;
}) {
  const names = new Map(props.data.users.map((u) => [u.id, u.name]));
  return (
    <section aria-label="Tokens" className="space-y-3 rounded border border-zinc-200 p-4">
      <h2 className="text-lg font-semibold">Tokens</h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {['User', 'Label', 'State', 'Created', 'Expires', 'Last used', ''].map((h) => (
              <th key={h} className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.data.tokens.map((t) => (
            <tr key={t.id} data-testid={`token-${t.id}`}>
              <td className={cell}>{names.get(t.userId) ?? t.userId}</td>
              <td className={cell}>{t.label ?? '—'}</td>
              <td className={cell}>{t.state}</td>
              <td className={cell}>{when(t.createdAt)}</td>
              <td className={cell}>{when(t.expiresAt)}</td>
              <td className={cell}>{when(t.lastUsedAt)}</td>
              <td className={cell}>
                {t.state !== 'revoked' && (
                  <button
                    type="button"
                    className="text-indigo-700 underline"
                    aria-label={`Revoke token ${t.id}`}
                    onClick={() =>
                      void props.change(() =>
                        sendAdmin(props.token, { op: 'revoke-token', tokenId: t.id }),
                      )
                    }
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
