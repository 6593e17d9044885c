import type { OpsSummary } from '../../utils/ops/summary-schema';
import { FigureTable } from './figure-table';
import { groupColumns } from './stats-columns';

type Summary = OpsSummary;

/** The same figures per period, queue, team and reviewer. */
export function GroupTables({ summary, periodTitle }: { summary: Summary; periodTitle: string }) {
  const teamName = (id: string) =>
    summary.teams.find((t) => t.id === id)?.name ?? (id || 'No team');
  return (
    <>
      <FigureTable
        title={periodTitle}
        name="periods"
        rows={summary.byPeriod}
        rowKey={(r) => r.period}
        columns={groupColumns<Summary['byPeriod'][number]>([
          { header: summary.granularity === 'week' ? 'Week of' : 'Day', csv: (r) => r.period },
        ])}
      />
      <FigureTable
        title="Per queue"
        name="queues"
        rows={summary.byQueue}
        rowKey={(r) => r.queue}
        columns={groupColumns<Summary['byQueue'][number]>([
          { header: 'Queue', csv: (r) => r.queue, cell: (r) => r.queue || '(none shown)' },
        ])}
      />
      <FigureTable
        title="Per team"
        name="teams"
        rows={summary.byTeam}
        rowKey={(r) => r.team.id}
        columns={groupColumns<Summary['byTeam'][number]>([
          { header: 'Team', csv: (r) => r.team.name },
          { header: 'Kind', csv: (r) => r.team.kind },
        ])}
      />
      <FigureTable
        title="Per reviewer"
        name="reviewers"
        rows={summary.byReviewer}
        rowKey={(r) => r.reviewerId}
        columns={groupColumns<Summary['byReviewer'][number]>([
          { header: 'Reviewer', csv: (r) => r.reviewerName },
          { header: 'Reviewer id', csv: (r) => r.reviewerId },
          { header: 'Team', csv: (r) => teamName(r.teamId) },
        ])}
      />
    </>
  );
}
