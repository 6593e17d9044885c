import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { alreadyDecidedSchema, recordedDecisionSchema } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { makeDecision, useDecisionServer } from './decision-fixtures';

/** Long enough that requests sent together really overlap inside the handler. */
const DELAY_MS = 150;
const { post, history, recordCount } = useDecisionServer({ decisionDelayMs: DELAY_MS });

describe('concurrent decision POSTs', () => {
  it('two simultaneous requests with one key create one record', async () => {
    const decision = makeDecision({ caseId: 'C-1001' });
    const responses = await Promise.all([post(decision), post(decision)]);
    expect(recordCount(decision.id)).toBe(1);

    const created = responses.filter(
      (r) => r.status === 201 && !r.headers.has('idempotent-replayed'),
    );
    expect(created).toHaveLength(1);
    const [loser] = responses.filter((r) => !created.includes(r));
    if (!loser) throw new Error('expected a second response');
    const body = apiErrorSchema.safeParse(await loser.json());
    const seen = {
      status: loser.status,
      retryAfter: loser.headers.get('retry-after'),
      replayed: loser.headers.get('idempotent-replayed'),
      code: body.success ? body.data.error.code : undefined,
    };
    // Which one depends on timing: still processing, or already done and replayed.
    expect([
      { status: 409, retryAfter: '1', replayed: null, code: 'in_flight' },
      { status: 201, retryAfter: null, replayed: 'true', code: undefined },
    ]).toContainEqual(seen);

    // Once the first finished, a retry gets its answer.
    const retry = await post(decision);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(recordedDecisionSchema.parse(await retry.json()).id).toBe(decision.id);
  });

  it('an overlapping retry is told to wait: 409 in_flight with Retry-After', async () => {
    const decision = makeDecision({ caseId: 'C-1002' });
    const first = post(decision);
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS / 3));
    const second = await post(decision);
    expect(second.status).toBe(409);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(apiErrorSchema.parse(await second.json()).error.code).toBe('in_flight');
    expect((await first).status).toBe(201);
    expect(recordCount(decision.id)).toBe(1);
  });

  it('records all of 50 parallel posts with distinct keys', async () => {
    const decisions = Array.from({ length: 50 }, (_, i) =>
      makeDecision({ caseId: 'C-1003', mode: 'training', note: `trainee answer ${i}` }),
    );
    const responses = await Promise.all(decisions.map((d) => post(d)));
    expect(responses.map((r) => r.status)).toEqual(decisions.map(() => 201));
    const recorded = await history('/api/cases/C-1003/decisions');
    expect(recorded.map((d) => d.id).toSorted()).toEqual(decisions.map((d) => d.id).toSorted());
  });

  it('two reviewers deciding one case at once: one is recorded, the other told who won', async () => {
    const ana = makeDecision({ caseId: 'C-1004', action: 'warn' });
    const ben = makeDecision({
      caseId: 'C-1004',
      reviewerId: DEMO_USERS.reviewer2.id,
      action: 'ban',
    });
    const [forAna, forBen] = await Promise.all([
      post(ana),
      post(ben, { token: DEMO_TOKENS.reviewer2 }),
    ]);
    expect([forAna.status, forBen.status].toSorted()).toEqual([201, 409]);
    const loser = forAna.status === 409 ? forAna : forBen;
    const winner = loser === forAna ? ben : ana;
    const body = alreadyDecidedSchema.parse(await loser.json());
    expect(body.error.decision.id).toBe(winner.id);
    expect(await history('/api/cases/C-1004/decisions')).toHaveLength(1);
  });
});
