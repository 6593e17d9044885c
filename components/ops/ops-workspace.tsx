import { useState } from 'react';
import type { Me } from '../../utils/case-api/schema';
import type { OpsSummaryQuery } from '../../utils/ops/summary-schema';
import { lastDays } from './format';
import { OpsFilters } from './ops-filters';
import { SummaryView } from './summary-view';
import { useOpsSummary } from './use-ops-summary';

/** Filters and the figures they select, mounted per token. */
export function OpsWorkspace(props: { token?: string; me: Me }) {
  // A vendor manager's or trainer's figures are their own team's: preselect it.
  const ownTeam =
    props.me.role === 'vendor-manager' || props.me.role === 'trainer'
      ? props.me.team?.id
      : undefined;
  const [query, setQuery] = useState<OpsSummaryQuery>(() => ({
    ...lastDays(30),
    granularity: 'day',
    team: ownTeam,
  }));
  const result = useOpsSummary(props.token, query);
  const teams = result.state === 'ready' ? result.summary.teams : [];
  return (
    <>
      <OpsFilters key={teams.length} query={query} teams={teams} onApply={setQuery} />
      {result.state === 'loading' && <p className="text-sm text-zinc-500">Loading figures…</p>}
      {result.state === 'failed' && (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm">
          {result.message}
        </p>
      )}
      {result.state === 'ready' && (
        <SummaryView key={JSON.stringify(query)} summary={result.summary} query={query} />
      )}
    </>
  );
}
