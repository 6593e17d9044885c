import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { alreadyDecidedSchema, recordedDecisionSchema } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, history, server } = useDecisionServer();

const ben = { reviewerId: DEMO_USERS.reviewer2.id };
const asBen = { token: DEMO_TOKENS.reviewer2 };

async function errorCode(response: Response): Promise<string> {
  return apiErrorSchema.parse(await response.json()).error.code;
}

describe('one live decision per case', () => {
  it('refuses a live decision on a decided case: 409 naming who decided', async () => {
    const first = makeDecision({ caseId: 'C-1001', ...ben, action: 'ban' });
    expect((await post(first, asBen)).status).toBe(201);

    const response = await post(makeDecision({ caseId: 'C-1001' }));
    expect(response.status).toBe(409);
    const { error } = alreadyDecidedSchema.parse(await response.json());
    expect(error.decision).toMatchObject({ id: first.id, reviewerName: 'Ben Okafor' });
    expect(error.message).toContain('Ben Okafor');
  });

  it('accepts a second opinion on the standing decision', async () => {
    const first = makeDecision({ caseId: 'C-1002', ...ben });
    expect((await post(first, asBen)).status).toBe(201);
    const second = makeDecision({ caseId: 'C-1002', secondOpinionOf: first.id, action: 'ban' });
    expect((await post(second)).status).toBe(201);
    expect((await history('/api/cases/C-1002/decisions')).map((d) => d.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('refuses a second opinion on a decision that is not on the case: 422', async () => {
    const response = await post(
      makeDecision({ caseId: 'C-1002', secondOpinionOf: crypto.randomUUID() }),
    );
    expect(response.status).toBe(422);
    expect(await errorCode(response)).toBe('unknown_decision');
  });

  it('never lets training or QA decisions conflict', async () => {
    expect((await post(makeDecision({ caseId: 'C-1003', ...ben }), asBen)).status).toBe(201);
    for (const mode of ['training', 'qa', 'training'] as const) {
      expect((await post(makeDecision({ caseId: 'C-1003', mode }))).status).toBe(201);
    }
    // And they do not block a live decision either.
    expect((await post(makeDecision({ caseId: 'C-1004', mode: 'training' }))).status).toBe(201);
    expect((await post(makeDecision({ caseId: 'C-1004' }))).status).toBe(201);
  });
});

describe('reversals', () => {
  it('records the reversal and links it from the decision it undoes', async () => {
    const original = makeDecision({ caseId: 'C-1005', ...ben, action: 'ban' });
    expect((await post(original, asBen)).status).toBe(201);
    const reversal = makeDecision({ caseId: 'C-1005', action: 'restore', reverses: original.id });
    const response = await post(reversal);
    expect(response.status).toBe(201);
    expect(recordedDecisionSchema.parse(await response.json()).reverses).toBe(original.id);

    const [first, second] = await history('/api/cases/C-1005/decisions');
    expect(first).toMatchObject({ id: original.id, reversedBy: reversal.id, action: 'ban' });
    expect(second).toMatchObject({ id: reversal.id, reverses: original.id });
    expect(second?.reversedBy).toBeUndefined();

    // The reversal is now the standing live decision.
    const another = await post(makeDecision({ caseId: 'C-1005', ...ben }), asBen);
    expect(alreadyDecidedSchema.parse(await another.json()).error.decision.id).toBe(reversal.id);

    const again = makeDecision({ caseId: 'C-1005', ...ben, reverses: original.id });
    const twice = await post(again, asBen);
    expect(twice.status).toBe(409);
    expect(await errorCode(twice)).toBe('already_reversed');
  });

  it('refuses to reverse an unknown decision, or one on another case: 422', async () => {
    const unknown = await post(makeDecision({ caseId: 'C-1006', reverses: crypto.randomUUID() }));
    expect(unknown.status).toBe(422);
    expect(await errorCode(unknown)).toBe('unknown_decision');

    const elsewhere = makeDecision({ caseId: 'C-1007' });
    expect((await post(elsewhere)).status).toBe(201);
    const wrongCase = await post(makeDecision({ caseId: 'C-1006', reverses: elsewhere.id }));
    expect(wrongCase.status).toBe(422);
    expect(await history('/api/cases/C-1006/decisions')).toEqual([]);
  });
});

describe('append-only storage', () => {
  it('refuses deletes and rewrites at the database level', async () => {
    const decision = makeDecision({ caseId: 'C-1008' });
    expect((await post(decision)).status).toBe(201);
    const { db } = server();
    expect(() => db.prepare('DELETE FROM decisions WHERE id = ?').run(decision.id)).toThrow(
      /append-only/,
    );
    expect(() =>
      db.prepare("UPDATE decisions SET mode = 'qa' WHERE id = ?").run(decision.id),
    ).toThrow(/append-only/);
    expect(() =>
      db.prepare('UPDATE decisions SET reversed_by = NULL WHERE id = ?').run(decision.id),
    ).toThrow(/append-only/);
  });
});
