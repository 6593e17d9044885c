import type { IssuedToken, User } from '../../utils/case-api/admin-schema';
import { ROLE_NAMES } from '../page-identity/page-identity-bar';
import type { ChangeAnswer } from './admin-workspace';
import { NewUserForm } from './new-user-form';
import { sendAdmin } from './send-admin';
import type { AdminData } from './use-admin-data';

const cell = 'border-b border-zinc-100 px-2 py-1';

/** Users with role, team and site; disable or enable one, or issue them a token. */
export function UsersSection(props: {
  token?: string;
  data: AdminData;
  change: (run: () => Promise<ChangeAnswer>) => Promise<boolean>;
  onIssued: (issued: IssuedToken) => void;
}) {
  const { token, data, change } = props;
  const setDisabled = (user: User, disabled: boolean) =>
    change(() => sendAdmin(token, { op: 'change-user', userId: user.id, change: { disabled } }));
  const issue = (user: User) =>
    change(async () => {
      const answer = await sendAdmin(token, { op: 'issue-token', input: { userId: user.id } });
      if (answer.ok) props.onIssued(answer.issued);
      return answer;
    });
  return (
    <section aria-label="Users" className="space-y-3 rounded border border-zinc-200 p-4">
      <h2 className="text-lg font-semibold">Users</h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {['Name', 'Id', 'Role', 'Team', 'Site', 'State', ''].map((h) => (
              <th key={h} className={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.users.map((user) => (
            <tr key={user.id} data-testid={`user-${user.id}`}>
              <td className={cell}>
                {user.name}
                {user.kind === 'service' ? ' (service)' : ''}
              </td>
              <td className={cell}>{user.id}</td>
              <td className={cell}>{ROLE_NAMES[user.role]}</td>
              <td className={cell}>{user.team ? `${user.team.name} (${user.team.kind})` : '—'}</td>
              <td className={cell}>{user.site ?? '—'}</td>
              <td className={cell}>{user.disabledAt ? 'disabled' : 'enabled'}</td>
              <td className={`${cell} space-x-2 whitespace-nowrap`}>
                <button
                  type="button"
                  className="text-indigo-700 underline"
                  aria-label={`${user.disabledAt ? 'Enable' : 'Disable'} ${user.name}`}
                  onClick={() => void setDisabled(user, user.disabledAt === null)}
                >
                  {user.disabledAt ? 'Enable' : 'Disable'}
                </button>
                <button
                  type="button"
                  className="text-indigo-700 underline"
                  aria-label={`Issue token to ${user.name}`}
                  onClick={() => void issue(user)}
                >
                  Issue token
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewUserForm token={token} teams={data.teams} change={change} />
    </section>
  );
}
