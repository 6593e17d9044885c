import { useState } from 'react';
import type { OpsSummary } from '../../utils/ops/summary-schema';
import { FigureTable } from './figure-table';
import { groupColumns } from './stats-columns';

type TeamRow = OpsSummary['byTeam'][number];

/**
 * One vendor team's figures beside the in-house teams' on the same work: the same window and
 * filters (queue, console, guidance version), so the comparison is like for like.
 */
export function VendorScorecard({ summary }: { summary: OpsSummary }) {
  const vendors = summary.byTeam.filter((r) => r.team.kind === 'vendor');
  const [picked, setPicked] = useState<string>();
  const vendor = vendors.find((r) => r.team.id === picked) ?? vendors[0];
  if (!vendor) return null;
  const rows: TeamRow[] = [vendor, ...summary.byTeam.filter((r) => r.team.kind === 'in-house')];
  return (
    <section aria-label="Vendor scorecard" className="space-y-2">
      {vendors.length > 1 && (
        <label className="flex items-center gap-2 text-sm">
          Vendor
          <select
            className="rounded border border-zinc-300 px-2 py-1"
            value={vendor.team.id}
            onChange={(e) => setPicked(e.target.value)}
          >
            {vendors.map((r) => (
              <option key={r.team.id} value={r.team.id}>
                {r.team.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <FigureTable
        title={`Vendor scorecard: ${vendor.team.name} beside in-house teams`}
        name="vendor-scorecard"
        rows={rows}
        rowKey={(r) => r.team.id}
        columns={groupColumns<TeamRow>([
          { header: 'Team', csv: (r) => r.team.name },
          { header: 'Kind', csv: (r) => r.team.kind },
        ])}
      />
    </section>
  );
}
