import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import { qaResultSchema } from '../../../utils/qa/result-schema';
import { opsSummarySchema, type OpsSummary } from '../../../utils/ops/summary-schema';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';
import { useQaServer } from '../../qa/__tests__/qa-helpers';

const { call, decide } = useQaServer();
const { lead, qa, reviewer, reviewer2, vendor } = DEMO_TOKENS;
const ben = DEMO_USERS.reviewer2.id;

const record = (queue: string, slaDueAt?: string) => ({
  url: 'https://support.example/tickets/1',
  queue,
  slaDueAt,
  contentHash: 'b'.repeat(64),
  itemCount: 1,
  adapter: { id: 'zendesk', version: '1' },
});
const suggestion = (action: string, category: 'violence' | 'illicit') => ({
  action,
  policyIds: [],
  confidence: 0.9,
  source: 'rules' as const,
  scores: { [category]: 0.9, harassment: 0.1 },
});

/**
 * Four live decisions in the window (2025-03-01 and 03-02), one after it, one reversal and one
 * QA disagreement; every expected figure below is worked out by hand from this table.
 */
async function seed(month: '03' | '04') {
  const at = (day: string, time: string) => `2025-${month}-${day}T${time}.000Z`;
  const on = (caseId: string, decidedAt: string, handleTimeMs: number) => ({
    console: 'zendesk',
    caseId: `${month}-${caseId}`,
    decidedAt,
    handleTimeMs,
  });
  const z1 = await decide({
    ...on('Z-1', at('01', '10:00:00'), 10_000),
    action: 'warn',
    agreement: 'overrode',
    suggestion: suggestion('remove', 'violence'),
    caseRecord: record('Scams', at('01', '09:00:00')), // breached
  });
  await decide({
    ...on('Z-2', at('01', '11:00:00'), 20_000),
    action: 'remove',
    agreement: 'agreed',
    suggestion: suggestion('remove', 'violence'),
    caseRecord: record('Scams', `2025-${month}-01T12:00:00+00:00`), // in time, offset form
  });
  await decide({
    ...on('Z-3', at('02', '10:00:00'), 30_000),
    action: 'escalate',
    caseRecord: record('Spam'), // no SLA shown
  });
  const z4 = await decide(
    {
      ...on('Z-4', at('02', '10:00:00'), 40_000),
      reviewerId: ben,
      action: 'warn',
      agreement: 'agreed',
      suggestion: suggestion('warn', 'illicit'),
      caseRecord: record('Scams', at('02', '09:00:00')), // breached
    },
    reviewer2,
  );
  await decide({ ...on('Z-5', at('03', '10:00:00'), 99_000), reviewerId: ben }, reviewer2);
  // Ana undoes Z-1: the reversal is no decision of its own, it overturns Z-1.
  await decide({ ...on('Z-1', at('01', '10:05:00'), 1_000), reverses: z1.id });
  // QA disagrees with Ben on Z-4, and Ben disputes it.
  await call('PUT', '/qa/rules', lead, { defaultPercent: 100 });
  await call('POST', '/qa/sample', lead, {});
  const blind = await decide(
    {
      console: 'zendesk',
      caseId: `${month}-Z-4`,
      action: 'remove',
      mode: 'qa',
      reviewerId: DEMO_USERS.qa.id,
    },
    qa,
  );
  const scored = await call('POST', `/qa/samples/${z4.id}/review`, qa, {
    qaDecisionId: blind.id,
    scores: {
      'right-action': false,
      'right-policy': true,
      'note-adequate': true,
      'escalation-right': null,
    },
  });
  await call('POST', `/qa/results/${z4.id}/dispute`, reviewer2, { reason: 'Policy says warn.' });
  if (scored.status !== 201) throw new Error(JSON.stringify(scored.json));
  return { qaScore: qaResultSchema.parse(scored.json).score, disputed: z4.id };
}

/** `to` ends the window on a whole UTC day (the rollups answer) or a millisecond before (exact). */
const summary = async (
  token: string,
  extra = '',
  month = '03',
  to = `2025-${month}-03T00:00:00.000Z`,
) => {
  const window = `from=2025-${month}-01T00:00:00.000Z&to=${to}`;
  const answer = await call('GET', `/ops/summary?${window}${extra}`, token);
  return { status: answer.status, json: answer.json };
};

/** The rollups' handle-time bound (server/ops/handle-buckets.ts): 4.9% of the exact value. */
const withinBuckets = (value: number | null, exact: number) =>
  value !== null && Math.abs(value - exact) <= 0.049 * exact;

/** Every figure but handle times, which only the exact path gives to the millisecond. */
function withoutHandleTimes(s: OpsSummary): unknown {
  return JSON.parse(
    JSON.stringify({ ...s, to: undefined }, (key, value: unknown) =>
      key === 'handleMedianMs' || key === 'handleP90Ms' ? undefined : value,
    ),
  );
}

describe('GET /api/ops/summary', () => {
  it('computes every figure, matching the hand-worked fixture', async () => {
    const { qaScore, disputed } = await seed('03');
    const exact = opsSummarySchema.parse(
      (await summary(lead, '', '03', '2025-03-02T23:59:59.999Z')).json,
    );
    expect([exact.total.handleMedianMs, exact.total.handleP90Ms]).toEqual([25_000, 37_000]);
    expect(exact.byPeriod.map((p) => p.handleMedianMs)).toEqual([15_000, 35_000]);
    // Whole days come from the rollups: counts the same, handle times from their histogram.
    const s = opsSummarySchema.parse((await summary(lead)).json);
    expect(withinBuckets(s.total.handleMedianMs, 25_000)).toBe(true);
    expect(withinBuckets(s.total.handleP90Ms, 37_000)).toBe(true); // 30 s + 0.7 × 10 s
    expect(s.total).toEqual(
      expect.objectContaining({
        decisions: 4,
        slaKnown: 3,
        slaBreached: 2,
        reversed: 1,
        qaReviews: 1,
        qaDisagreed: 1,
        overturnRate: 0.5,
        disputesOpen: 1,
      }),
    );
    expect(s.total.slaAttainment).toBeCloseTo(1 / 3);
    expect(s.byPeriod.map((p) => [p.period, p.decisions])).toEqual([
      ['2025-03-01', 2],
      ['2025-03-02', 2],
    ]);
    expect(
      s.byPeriod.map((p) =>
        withinBuckets(p.handleMedianMs, p.period.endsWith('1') ? 15_000 : 35_000),
      ),
    ).toEqual([true, true]);
    expect(withoutHandleTimes(s)).toEqual(withoutHandleTimes(exact));
    expect(s.byQueue.map((q) => [q.queue, q.decisions, q.slaBreached])).toEqual([
      ['Scams', 3, 2],
      ['Spam', 1, 0],
    ]);
    const teams = Object.fromEntries(s.byTeam.map((t) => [t.team.id, t]));
    expect(teams.northwind).toEqual(expect.objectContaining({ decisions: 3, reversed: 1 }));
    expect(teams['acme-bpo']).toEqual(
      expect.objectContaining({ decisions: 1, qaScore, overturnRate: 1, disputesOpen: 1 }),
    );
    expect(teams['acme-bpo']?.team.kind).toBe('vendor');
    expect(s.modelByAction).toEqual([
      { key: 'remove', suggested: 2, overrode: 1, overrideRate: 0.5 },
      { key: 'warn', suggested: 1, overrode: 0, overrideRate: 0 },
    ]);
    expect(s.modelByCategory.map((m) => [m.key, m.suggested])).toEqual([
      ['violence', 2],
      ['illicit', 1],
    ]);
    expect(s.confusion).toEqual([
      { suggested: 'remove', decided: 'remove', count: 1 },
      { suggested: 'remove', decided: 'warn', count: 1 },
      { suggested: 'warn', decided: 'warn', count: 1 },
    ]);
    expect(s.escalations).toEqual([{ action: 'escalate', count: 1 }]);

    const weekly = opsSummarySchema.parse((await summary(lead, '&granularity=week')).json);
    // 2025-03-01 is a Saturday, 03-02 a Sunday: both in the week of Monday 24 February.
    expect(weekly.byPeriod.map((p) => [p.period, p.decisions])).toEqual([['2025-02-24', 4]]);
    const scams = opsSummarySchema.parse((await summary(lead, '&queue=Scams')).json);
    expect(scams.total.decisions).toBe(3);

    // A settled dispute is no longer open, in the rollups as in the facts.
    const bens = s.byReviewer.find((r) => r.reviewerId === ben);
    expect(bens?.disputesOpen).toBe(1);
    const settled = await call('POST', `/qa/results/${disputed}/settle`, lead, {
      outcome: 'upheld',
    });
    expect(settled.status).toBe(200);
    const after = opsSummarySchema.parse((await summary(lead)).json);
    const afterExact = opsSummarySchema.parse(
      (await summary(lead, '', '03', '2025-03-02T23:59:59.999Z')).json,
    );
    expect([after.total.disputesOpen, afterExact.total.disputesOpen]).toEqual([0, 0]);
  });

  it('scopes by role in the case API: a vendor manager sees their own team only', async () => {
    await seed('04');
    const own = opsSummarySchema.parse((await summary(vendor, '', '04')).json);
    expect(own.teams.map((t) => t.id)).toEqual(['acme-bpo']);
    expect(own.total.decisions).toBe(1);
    expect(own.byReviewer.map((r) => r.reviewerId)).toEqual([ben]);

    const other = await summary(vendor, '&team=northwind', '04');
    expect(other.status).toBe(403);
    expect(apiErrorSchema.parse(other.json).error.code).toBe('forbidden');
    expect((await summary(reviewer, '', '04')).status).toBe(403);
    // A reviewer of another team, named as a filter, still yields nothing of theirs.
    const named = opsSummarySchema.parse(
      (await summary(vendor, `&reviewer=${DEMO_USERS.reviewer.id}`, '04')).json,
    );
    expect(named.total.decisions).toBe(0);
  });

  it('answers an empty window with zeros and no groups, not errors', async () => {
    const s = opsSummarySchema.parse((await summary(lead, '', '01')).json);
    expect(s.total).toEqual(
      expect.objectContaining({ decisions: 0, handleMedianMs: null, slaAttainment: null }),
    );
    expect([s.byPeriod, s.byTeam, s.confusion]).toEqual([[], [], []]);
  });
});
