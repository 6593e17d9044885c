import type { OpsSummary } from '../../utils/ops/summary-schema';
import { DataTable } from './data-table';
import { statsColumns } from './stats-columns';

type Summary = OpsSummary;

/** The same figures per period, queue, team and reviewer. */
export function GroupTables({ summary, periodTitle }: { summary: Summary; periodTitle: string }) {
  const teamName = (id: string) =>
    summary.teams.find((t) => t.id === id)?.name ?? (id || 'No team');
  return (
    <>
      <DataTable
        title={periodTitle}
        name="periods"
        rows={summary.byPeriod}
        rowKey={(r) => r.period}
        columns={[
          { label: summary.granularity === 'week' ? 'Week of' : 'Day', value: (r) => r.period },
          ...statsColumns<Summary['byPeriod'][number]>(),
        ]}
      />
      <DataTable
        title="Per queue"
        name="queues"
        rows={summary.byQueue}
        rowKey={(r) => r.queue}
        columns={[
          { label: 'Queue', value: (r) => r.queue, show: (r) => r.queue || '(none shown)' },
          ...statsColumns<Summary['byQueue'][number]>(),
        ]}
      />
      <DataTable
        title="Per team"
        name="teams"
        rows={summary.byTeam}
        rowKey={(r) => r.team.id}
        columns={[
          { label: 'Team', value: (r) => r.team.name },
          { label: 'Kind', value: (r) => r.team.kind },
          ...statsColumns<Summary['byTeam'][number]>(),
        ]}
      />
      <DataTable
        title="Per reviewer"
        name="reviewers"
        rows={summary.byReviewer}
        rowKey={(r) => r.reviewerId}
        columns={[
          { label: 'Reviewer', value: (r) => r.reviewerName },
          { label: 'Reviewer id', value: (r) => r.reviewerId },
          { label: 'Team', value: (r) => teamName(r.teamId) },
          ...statsColumns<Summary['byReviewer'][number]>(),
        ]}
      />
    </>
  );
}
