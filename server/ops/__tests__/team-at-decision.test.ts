import { describe, expect, it } from 'vitest';
import { decisionHistorySchema } from '../../../utils/decisions/schema';
import { opsSummarySchema } from '../../../utils/ops/summary-schema';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';
import { useQaServer } from '../../qa/__tests__/qa-helpers';

const { call, decide } = useQaServer();
const { admin, lead, reviewer2, vendor } = DEMO_TOKENS;
const ben = DEMO_USERS.reviewer2.id;

const on = (caseId: string, day: string) => ({
  console: 'zendesk',
  caseId,
  reviewerId: ben,
  decidedAt: `2025-05-${day}T10:00:00.000Z`,
});

async function opsFor(token: string, to: string) {
  const answer = await call('GET', `/ops/summary?from=2025-05-01T00:00:00.000Z&to=${to}`, token);
  expect(answer.status).toBe(200);
  return opsSummarySchema.parse(answer.json);
}

describe('a decision keeps the team its reviewer had when it was recorded', () => {
  it('moving a reviewer to another team leaves their past decisions with the old team', async () => {
    // Ben decides for Acme BPO (a vendor), then moves in-house and decides again.
    const before = await decide(on('TM-1', '01'), reviewer2);
    const moved = await call('PATCH', `/admin/users/${ben}`, admin, { teamId: 'northwind' });
    expect(moved.status).toBe(200);
    const after = await decide(on('TM-2', '02'), reviewer2);

    // Acme's vendor manager still sees Ben's Acme decision, and not the one made for Northwind.
    const listed = await call('GET', '/decisions', vendor);
    const ids = decisionHistorySchema.parse(listed.json).decisions.map((d) => d.id);
    expect(ids).toContain(before.id);
    expect(ids).not.toContain(after.id);

    // Both ways the dashboard answers (daily rollups, exact facts) agree.
    for (const to of ['2025-05-03T00:00:00.000Z', '2025-05-02T23:59:59.999Z']) {
      const own = await opsFor(vendor, to);
      expect(own.total.decisions).toBe(1);
      expect(own.byReviewer.map((r) => [r.reviewerId, r.teamId])).toEqual([[ben, 'acme-bpo']]);
      const all = await opsFor(lead, to);
      expect(all.byTeam.map((t) => [t.team.id, t.decisions])).toEqual([
        ['acme-bpo', 1],
        ['northwind', 1],
      ]);
      const acme = await call(
        'GET',
        `/ops/summary?from=2025-05-01T00:00:00.000Z&to=${to}&team=acme-bpo`,
        lead,
      );
      expect(opsSummarySchema.parse(acme.json).total.decisions).toBe(1);
    }
  });
});
