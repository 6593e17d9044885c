import { useState } from 'react';
import type { Team } from '../../utils/case-api/admin-schema';
import { teamKindSchema, type TeamKind } from '../../utils/case-api/schema';
import type { ChangeAnswer } from './admin-workspace';
import { sendAdmin } from './send-admin';

const input = 'mt-1 block rounded border border-zinc-300 px-2 py-1 text-sm';

/** In-house and vendor teams; quality and SLAs are read per team. */
export function TeamsSection(props: {
  token?: string;
  teams: Team[];
  change: (run: () => Promise<ChangeAnswer>) => Promise<boolean>;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TeamKind>('in-house');
  const submit = async () => {
    const team = { name, kind };
    if (await props.change(() => sendAdmin(props.token, { op: 'create-team', input: team }))) {
      setName('');
    }
  };
  return (
    <section aria-label="Teams" className="space-y-3 rounded border border-zinc-200 p-4">
      <h2 className="text-lg font-semibold">Teams</h2>
      <ul className="text-sm">
        {props.teams.map((team) => (
          <li key={team.id}>
            {team.name}{' '}
            <span className="text-zinc-500">
              ({team.kind}, id {team.id})
            </span>
          </li>
        ))}
        {props.teams.length === 0 && <li className="text-zinc-500">No teams yet.</li>}
      </ul>
      <form
        aria-label="Add a team"
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="text-xs font-medium">
          Team name
          <input
            className={input}
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="text-xs font-medium">
          Kind
          <select
            className={input}
            value={kind}
            onChange={(e) => setKind(teamKindSchema.parse(e.target.value))}
          >
            <option value="in-house">in-house</option>
            <option value="vendor">vendor</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-indigo-600 px-3 py-1.5 text-sm text-white">
          Add team
        </button>
      </form>
    </section>
  );
}
