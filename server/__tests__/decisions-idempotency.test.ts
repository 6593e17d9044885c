import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { alreadyDecidedSchema } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, recordCount, server } = useDecisionServer();

/** Same members, other key order and whitespace: the same request once canonicalised. */
function reordered(value: object): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).toReversed()), null, 2);
}

describe('Idempotency-Key', () => {
  it('replays the first answer byte for byte, with Idempotent-Replayed, recording once', async () => {
    const decision = makeDecision({ caseId: 'C-1001' });
    const first = await post(decision);
    const firstText = await first.text();
    expect(first.status).toBe(201);

    for (const body of [JSON.stringify(decision), reordered(decision)]) {
      const replay = await post(decision, { body });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await replay.text()).toBe(firstText);
    }
    expect(recordCount(decision.id)).toBe(1);
  });

  it('refuses the same key with another body: 422 idempotency_key_reused', async () => {
    const decision = makeDecision({ caseId: 'C-1002' });
    expect((await post(decision)).status).toBe(201);

    const changed = await post({ ...decision, action: 'ban' });
    expect(changed.status).toBe(422);
    const { error } = apiErrorSchema.parse(await changed.json());
    expect(error.code).toBe('idempotency_key_reused');
    expect(recordCount(decision.id)).toBe(1);
  });

  it('refuses the same key from another user, even with the same body', async () => {
    const decision = makeDecision({ caseId: 'C-1003' });
    expect((await post(decision, { token: DEMO_TOKENS.admin })).status).toBe(201);
    const mine = await post(decision, { token: DEMO_TOKENS.reviewer });
    expect(mine.status).toBe(422);
    expect(apiErrorSchema.parse(await mine.json()).error.code).toBe('idempotency_key_reused');
  });

  it('replays a refusal too: the first answer stands even after the case changed', async () => {
    const ben = makeDecision({ caseId: 'C-1004', reviewerId: DEMO_USERS.reviewer2.id });
    expect((await post(ben, { token: DEMO_TOKENS.reviewer2 })).status).toBe(201);

    const ana = makeDecision({ caseId: 'C-1004' });
    const refused = await post(ana);
    expect(refused.status).toBe(409);
    const refusedText = await refused.text();
    expect(alreadyDecidedSchema.parse(JSON.parse(refusedText)).error.decision.id).toBe(ben.id);

    // Ben's decision is reversed, so the case is open again, but Ana's key already answered.
    const reversal = makeDecision({
      caseId: 'C-1004',
      reviewerId: DEMO_USERS.reviewer2.id,
      reverses: ben.id,
    });
    expect((await post(reversal, { token: DEMO_TOKENS.reviewer2 })).status).toBe(201);
    const replay = await post(ana);
    expect(replay.status).toBe(409);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.text()).toBe(refusedText);
    expect(recordCount(ana.id)).toBe(0);
  });

  it('keeps keys in SQLite with a fingerprint, the user and the answer', async () => {
    const decision = makeDecision({ caseId: 'C-1005' });
    const text = await (await post(decision)).text();
    const row = server()
      .db.prepare(
        'SELECT user_id, fingerprint, state, status, body FROM idempotency_keys WHERE key = ?',
      )
      .get(decision.id);
    expect(row).toEqual({
      user_id: DEMO_USERS.reviewer.id,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      state: 'complete',
      status: 201,
      body: text,
    });
  });
});
