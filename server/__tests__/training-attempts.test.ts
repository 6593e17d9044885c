import { describe, expect, it } from 'vitest';
import { decisionHistorySchema, recordedDecisionSchema } from '../../utils/decisions/schema';
import { attemptListSchema, revealSchema } from '../../utils/training/schema';
import { trainingApp } from './training-helpers';

describe('attempts on gold cases', () => {
  it('a trainee cannot read a gold answer before deciding; after the attempt they can; a trainer always can', async () => {
    const { createSet, assign, decide, request } = trainingApp();
    const set = await createSet();
    await assign(set.id, ['rev-ana']);
    const caseId = set.items[0]!.caseId;

    const before = await request(`/training/cases/${caseId}/reveal`, 'reviewer');
    expect(before.status).toBe(404);
    expect(await before.text()).not.toContain('Insults');
    // A live case answers exactly alike, so asking cannot tell a calibration case apart.
    const live = await request('/training/cases/C-1001/reveal', 'reviewer');
    expect(live.status).toBe(404);

    const trainerView = revealSchema.parse(
      await (await request(`/training/cases/${caseId}/reveal`, 'trainer')).json(),
    );
    expect(trainerView.answer.explanation).toBe('Insults aimed at the reporter.');
    expect(trainerView.attempt).toBeUndefined();

    expect((await decide(caseId, { action: 'remove', policyIds: ['hate'] })).status).toBe(201);
    const after = revealSchema.parse(
      await (await request(`/training/cases/${caseId}/reveal`, 'reviewer')).json(),
    );
    expect(after).toMatchObject({
      caseId,
      setId: set.id,
      setTitle: set.title,
      answer: { expectedAction: 'warn', expectedPolicyIds: ['harassment'] },
      attempt: {
        action: 'remove',
        policyIds: ['hate'],
        kind: 'practice',
        first: true,
        reviewerName: 'Ana Reviewer',
      },
    });
    // Another trainee's attempt does not open it for Ben.
    expect((await request(`/training/cases/${caseId}/reveal`, 'reviewer2')).status).toBe(404);
  });

  it('files attempts apart from live decisions; only the first counts; replays answer the same', async () => {
    const { createSet, assign, decide, request } = trainingApp();
    const set = await createSet();
    await assign(set.id, ['rev-ana']);
    const caseId = set.items[2]!.caseId;

    const first = await decide(caseId, { action: 'escalate' });
    expect(first.status).toBe(201);
    const recorded = recordedDecisionSchema.parse(await first.json());
    const again = await decide(caseId, { action: 'warn' });
    expect(again.status).toBe(201);

    const attempts = attemptListSchema.parse(
      await (await request(`/training/sets/${set.id}/attempts`, 'trainer')).json(),
    );
    expect(attempts.attempts.map((a) => [a.action, a.first])).toEqual([
      ['escalate', true],
      ['warn', false],
    ]);
    expect((await request(`/training/sets/${set.id}/attempts`, 'reviewer')).status).toBe(403);

    // Nothing reached the live decision log or the case's live history.
    const live = decisionHistorySchema.parse(
      await (await request('/decisions?limit=1000', 'lead')).json(),
    );
    expect(live.decisions.some((d) => d.caseId === caseId)).toBe(false);
    const history = decisionHistorySchema.parse(
      await (await request(`/cases/${caseId}/decisions`, 'reviewer')).json(),
    );
    expect(history.decisions).toEqual([]);

    // The same decision sent again (key expired or not) is acknowledged, not recorded twice.
    const replay = await request(`/cases/${caseId}/decisions`, 'reviewer', {
      method: 'POST',
      body: { ...recorded, receivedAt: undefined, reviewerName: undefined },
      headers: { 'Idempotency-Key': recorded.id },
    });
    expect([200, 201]).toContain(replay.status);
    const count = attemptListSchema.parse(
      await (await request(`/training/sets/${set.id}/attempts`, 'trainer')).json(),
    );
    expect(count.attempts).toHaveLength(2);
  });

  it('a gold case decided in live mode by someone not assigned is a calibration attempt, never a live decision', async () => {
    const { createSet, decide, request } = trainingApp();
    const set = await createSet();
    const caseId = set.items[0]!.caseId;
    const response = await decide(caseId, { mode: 'live' }, 'reviewer2');
    expect(response.status).toBe(201);
    const attempts = attemptListSchema.parse(
      await (await request(`/training/sets/${set.id}/attempts`, 'trainer')).json(),
    );
    expect(attempts.attempts).toEqual([
      expect.objectContaining({ kind: 'calibration', reviewerId: 'rev-ben' }),
    ]);
    const live = decisionHistorySchema.parse(
      await (await request('/decisions?limit=1000', 'lead')).json(),
    );
    expect(live.decisions.some((d) => d.caseId === caseId)).toBe(false);
  });

  it('refuses a reversal of an attempt', async () => {
    const { createSet, decide } = trainingApp();
    const set = await createSet();
    const caseId = set.items[0]!.caseId;
    const first = recordedDecisionSchema.parse(await (await decide(caseId)).json());
    const reversal = await decide(caseId, { reverses: first.id });
    expect(reversal.status).toBe(422);
  });

  it('slips calibration cases into the console queue at the configured rate', async () => {
    const { createSet, request, consoleGet } = trainingApp();
    const set = await createSet();
    await request('/training/calibration', 'trainer', {
      method: 'PUT',
      body: { rate: 0.25, setId: set.id },
    });
    const list = (await (await consoleGet('/cases')).json()) as {
      cases: { id: string }[];
    };
    const gold = new Set(set.items.map((i) => i.caseId));
    const positions = list.cases.flatMap((c, i) => (gold.has(c.id) ? [i] : []));
    // One in four: three live cases, then a gold one.
    expect(positions.slice(0, 2)).toEqual([3, 7]);
  });
});
