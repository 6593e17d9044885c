import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS } from '../index';
import { makeDecision, manualClock, useDecisionServer } from './decision-fixtures';

const clock = manualClock();
const { post, get, history } = useDecisionServer({ clock: clock.now });

/** Posts in order, one clock minute apart, and answers the decisions. */
async function postAll(decisions: ReturnType<typeof makeDecision>[]) {
  for (const decision of decisions) {
    clock.advance(60_000);
    const response = await post(decision);
    if (response.status !== 201) throw new Error(`post answered ${response.status}`);
  }
  return decisions;
}

describe('decision history', () => {
  it('by case: every decision, oldest first, whatever their decidedAt', async () => {
    const posted = await postAll([
      makeDecision({ caseId: 'C-1001', decidedAt: '2025-03-01T10:05:00Z' }),
      makeDecision({ caseId: 'C-1001', mode: 'qa', decidedAt: '2025-03-01T10:00:00Z' }),
      makeDecision({ caseId: 'C-1002' }),
    ]);
    const decisions = await history('/api/cases/C-1001/decisions');
    expect(decisions.map((d) => d.id)).toEqual([posted[0]?.id, posted[1]?.id]);
    expect(await history('/api/cases/C-1013/decisions')).toEqual([]);
  });

  it('by reported account: only that account, newest first, at most 100', async () => {
    const mine = await postAll(
      ['C-1003', 'C-1004', 'C-1005'].map((caseId) =>
        makeDecision({ caseId, reportedAccountId: 'U-777', mode: 'training' }),
      ),
    );
    await postAll([makeDecision({ caseId: 'C-1003', reportedAccountId: 'U-888', mode: 'qa' })]);
    const decisions = await history('/api/accounts/U-777/decisions');
    expect(decisions.map((d) => d.id)).toEqual(mine.map((d) => d.id).toReversed());
    expect(await history('/api/accounts/U-nobody/decisions')).toEqual([]);

    const many = Array.from({ length: 105 }, () =>
      makeDecision({ caseId: 'C-1006', reportedAccountId: 'U-busy', mode: 'training' }),
    );
    await Promise.all(many.map((d) => post(d)));
    expect(await history('/api/accounts/U-busy/decisions')).toHaveLength(100);
  });

  it('needs a token', async () => {
    for (const path of ['/api/cases/C-1001/decisions', '/api/accounts/U-1/decisions']) {
      expect((await get(path)).status).toBe(401);
    }
    expect((await get('/api/decisions')).status).toBe(401);
  });
});

describe('GET /api/decisions', () => {
  it('lists everything newest first, from `since` on, up to `limit`', async () => {
    const all = await history('/api/decisions');
    expect(all.length).toBeGreaterThan(100);
    const times = all.map((d) => d.receivedAt);
    expect(times).toEqual(times.toSorted().toReversed());

    clock.advance(1000);
    const since = clock.now().toISOString();
    const late = await postAll([
      makeDecision({ caseId: 'C-1007' }),
      makeDecision({ caseId: 'C-1008' }),
    ]);
    const recent = await history(`/api/decisions?since=${encodeURIComponent(since)}`);
    expect(recent.map((d) => d.id)).toEqual(late.map((d) => d.id).toReversed());

    const [newest] = await history('/api/decisions?limit=1');
    expect(newest?.id).toBe(late[1]?.id);
    expect(await history('/api/decisions?limit=20000')).toHaveLength(all.length + 2);
  });

  it('refuses a bad since or limit: 400', async () => {
    for (const query of ['since=yesterday', 'limit=0', 'limit=-3', 'limit=ten', 'limit=1.5']) {
      const response = await get(`/api/decisions?${query}`, DEMO_TOKENS.reviewer);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('invalid_query');
    }
  });
});
