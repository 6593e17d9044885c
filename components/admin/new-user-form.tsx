import { useState } from 'react';
import type { Team } from '../../utils/case-api/admin-schema';
import { roleSchema, type Role } from '../../utils/case-api/schema';
import { ROLE_NAMES } from '../page-identity/page-identity-bar';
import type { ChangeAnswer } from './admin-workspace';
import { sendAdmin } from './send-admin';

const input = 'mt-1 block w-full rounded border border-zinc-300 px-2 py-1 text-sm';
const label = 'text-xs font-medium';

/** Adds a person or a service account; the case API checks every field again. */
export function NewUserForm(props: {
  token?: string;
  teams: Team[];
  change: (run: () => Promise<ChangeAnswer>) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [teamId, setTeamId] = useState('');
  const [site, setSite] = useState('');
  const [service, setService] = useState(false);

  const submit = async () => {
    const created = await props.change(() =>
      sendAdmin(props.token, {
        op: 'create-user',
        input: {
          name,
          role,
          kind: service ? 'service' : 'person',
          ...(email.trim() ? { email: email.trim() } : {}),
          ...(teamId ? { teamId } : {}),
          ...(site.trim() ? { site: site.trim() } : {}),
        },
      }),
    );
    if (created) setName('');
  };

  return (
    <form
      aria-label="Add a user"
      className="grid grid-cols-6 items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className={label}>
        Name
        <input className={input} required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className={label}>
        Email (optional)
        <input className={input} value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className={label}>
        Role
        <select
          className={input}
          value={role}
          onChange={(e) => setRole(roleSchema.parse(e.target.value))}
        >
          {roleSchema.options.map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Team
        <select className={input} value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          <option value="">No team</option>
          {props.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Site (optional)
        <input className={input} value={site} onChange={(e) => setSite(e.target.value)} />
      </label>
      <div className="space-y-1">
        <label className="flex items-center gap-1 text-xs">
          <input type="checkbox" checked={service} onChange={(e) => setService(e.target.checked)} />
          Service account
        </label>
        <button type="submit" className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white">
          Add user
        </button>
      </div>
    </form>
  );
}
