import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { DECISION_MAX_BYTES, recordedDecisionSchema } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { makeDecision, manualClock, useDecisionServer } from './decision-fixtures';

const clock = manualClock();
const { post, get, recordCount } = useDecisionServer({ clock: clock.now });

async function errorCode(response: Response): Promise<string> {
  return apiErrorSchema.parse(await response.json()).error.code;
}

describe('POST /api/cases/:id/decisions', () => {
  it('records a first decision: 201 with receivedAt and the reviewer name', async () => {
    const decision = makeDecision({ caseId: 'C-1001', note: 'First warning.' });
    const response = await post(decision);
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
    const recorded = recordedDecisionSchema.parse(await response.json());
    expect(recorded).toMatchObject({
      ...decision,
      receivedAt: clock.now().toISOString(),
      reviewerName: DEMO_USERS.reviewer.name,
    });
    expect(recorded.reversedBy).toBeUndefined();
    expect(recordCount(decision.id)).toBe(1);
  });

  it('refuses a request without a token: 401', async () => {
    const decision = makeDecision({ caseId: 'C-1002' });
    const response = await post(decision, { token: null });
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('unauthorized');
    expect(recordCount(decision.id)).toBe(0);
  });

  it('answers 404 for an unknown case', async () => {
    const decision = makeDecision({ caseId: 'C-9999' });
    const response = await post(decision);
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('not_found');
    expect((await get('/api/cases/C-9999/decisions', DEMO_TOKENS.reviewer)).status).toBe(404);
  });

  it('requires an Idempotency-Key equal to the decision id: 400', async () => {
    const decision = makeDecision({ caseId: 'C-1002' });
    const missing = await post(decision, { key: null });
    expect(missing.status).toBe(400);
    expect(await errorCode(missing)).toBe('idempotency_key_required');

    const other = await post(decision, { key: crypto.randomUUID() });
    expect(other.status).toBe(400);
    expect(await errorCode(other)).toBe('idempotency_key_mismatch');
    expect(recordCount(decision.id)).toBe(0);
  });

  it('refuses a body that is not JSON: 400', async () => {
    const response = await post(makeDecision(), { body: '{"id": ' });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('invalid_json');
  });

  it('refuses an invalid decision with the zod issues in the message: 422', async () => {
    const decision = makeDecision({ caseId: 'C-1002', handleTimeMs: -5 });
    const response = await post(decision, {
      body: JSON.stringify({ ...decision, mode: 'rehearsal' }),
    });
    expect(response.status).toBe(422);
    const { error } = apiErrorSchema.parse(await response.json());
    expect(error.code).toBe('invalid_decision');
    expect(error.message).toMatch(/handleTimeMs/);
    expect(error.message).toMatch(/mode/);
    expect(recordCount(decision.id)).toBe(0);

    // Nothing was remembered for the key, so the corrected decision may use it.
    expect((await post(makeDecision({ ...decision, handleTimeMs: 5 }))).status).toBe(201);
  });

  it('refuses a decision for another case than the path names: 422', async () => {
    const decision = makeDecision({ caseId: 'C-1003' });
    const response = await post(decision, { caseId: 'C-1004' });
    expect(response.status).toBe(422);
    expect(await errorCode(response)).toBe('case_mismatch');
  });

  it("refuses a reviewer writing another reviewer's decision: 403", async () => {
    const decision = makeDecision({ caseId: 'C-1003', reviewerId: DEMO_USERS.reviewer2.id });
    const response = await post(decision);
    expect(response.status).toBe(403);
    const { error } = apiErrorSchema.parse(await response.json());
    expect(error).toEqual({
      code: 'forbidden',
      message: "A reviewer cannot write another reviewer's decision.",
    });
    expect(recordCount(decision.id)).toBe(0);
  });

  it('lets trainers and policy leads write their own, and admins write for anyone', async () => {
    const trainer = makeDecision({ caseId: 'C-1004', reviewerId: DEMO_USERS.trainer.id });
    expect((await post(trainer, { token: DEMO_TOKENS.trainer })).status).toBe(201);

    const lead = makeDecision({ caseId: 'C-1005', reviewerId: DEMO_USERS.lead.id });
    expect((await post(lead, { token: DEMO_TOKENS.lead })).status).toBe(201);

    const forBen = makeDecision({ caseId: 'C-1006', reviewerId: DEMO_USERS.reviewer2.id });
    const response = await post(forBen, { token: DEMO_TOKENS.admin });
    expect(response.status).toBe(201);
    // Named after the reviewer it is recorded for, not the admin who wrote it.
    const recorded = recordedDecisionSchema.parse(await response.json());
    expect(recorded.reviewerName).toBe(DEMO_USERS.reviewer2.name);
  });

  it('refuses a body over 1 MiB (room for the case text a decision may carry): 413', async () => {
    const decision = makeDecision({ caseId: 'C-1007' });
    const body = JSON.stringify({ ...decision, padding: 'x'.repeat(DECISION_MAX_BYTES) });
    const response = await post(decision, { body });
    expect(response.status).toBe(413);
    const { error } = apiErrorSchema.parse(await response.json());
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toContain('1 MiB');
  });
});
