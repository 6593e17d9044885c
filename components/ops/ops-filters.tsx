import { useState, type FormEvent } from 'react';
import type { OpsSummaryQuery, OpsTeam } from '../../utils/ops/summary-schema';

const DAY = 86_400_000;
const dateOf = (iso: string) => iso.slice(0, 10);

/**
 * Time, granularity, team, queue, console and guidance version. Dates are whole UTC days; the
 * window runs to the end of the "to" day. Applied together, so one change is one query.
 */
export function OpsFilters(props: {
  query: OpsSummaryQuery;
  teams: OpsTeam[];
  onApply: (query: OpsSummaryQuery) => void;
}) {
  const { query, teams } = props;
  const [from, setFrom] = useState(dateOf(query.from));
  const [to, setTo] = useState(dateOf(new Date(Date.parse(query.to) - DAY).toISOString()));
  const [granularity, setGranularity] = useState(query.granularity);
  const [team, setTeam] = useState(query.team ?? '');
  const [queue, setQueue] = useState(query.queue ?? '');
  const [console, setConsole] = useState(query.console ?? '');
  const [version, setVersion] = useState(query.guidanceVersion?.toString() ?? '');

  const apply = (event: FormEvent) => {
    event.preventDefault();
    props.onApply({
      from: `${from}T00:00:00.000Z`,
      to: new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY).toISOString(),
      granularity,
      team: team || undefined,
      queue: queue.trim() || undefined,
      console: console.trim() || undefined,
      guidanceVersion: /^\d+$/.test(version) && Number(version) > 0 ? Number(version) : undefined,
    });
  };
  const field = 'flex flex-col text-xs text-zinc-700';
  const input = 'rounded border border-zinc-300 px-2 py-1 text-sm text-zinc-900';
  return (
    <form
      aria-label="Filters"
      onSubmit={apply}
      className="flex flex-wrap items-end gap-3 rounded border border-zinc-200 p-3"
    >
      <label className={field}>
        From (UTC)
        <input
          type="date"
          className={input}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </label>
      <label className={field}>
        To (UTC)
        <input type="date" className={input} value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <label className={field}>
        Per
        <select
          className={input}
          value={granularity}
          onChange={(e) => setGranularity(e.target.value === 'week' ? 'week' : 'day')}
        >
          <option value="day">day</option>
          <option value="week">week</option>
        </select>
      </label>
      <label className={field}>
        Team
        <select className={input} value={team} onChange={(e) => setTeam(e.target.value)}>
          {teams.length !== 1 && <option value="">All teams</option>}
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        Queue
        <input className={input} value={queue} onChange={(e) => setQueue(e.target.value)} />
      </label>
      <label className={field}>
        Console
        <input className={input} value={console} onChange={(e) => setConsole(e.target.value)} />
      </label>
      <label className={field}>
        Guidance version
        <input
          className={`${input} w-24`}
          inputMode="numeric"
          value={version}
          onChange={(e) => setVersion(e.target.value)}
        />
      </label>
      <button type="submit" className="rounded bg-indigo-700 px-3 py-1 text-sm text-white">
        Apply
      </button>
    </form>
  );
}
