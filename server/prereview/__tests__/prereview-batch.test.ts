import { afterEach, describe, expect, it } from 'vitest';
import { preReviewRunSchema, preReviewStatusSchema } from '../../../utils/qa/prereview-schema';
import { qaOriginalSchema, qaQueueSchema } from '../../../utils/qa/result-schema';
import { makeCaseRecord } from '../../__tests__/console-case-fixtures';
import { makeDecision } from '../../__tests__/decision-fixtures';
import { DEMO_TOKENS, DEMO_USERS } from '../../demo-tokens';
import { startRig, THANKS, THREAT } from './prereview-rig';

const { lead, qa } = DEMO_TOKENS;
const rigs: Array<Awaited<ReturnType<typeof startRig>>> = [];
afterEach(async () => {
  await Promise.all(rigs.splice(0).map((r) => r.close()));
});
const rig = async (opts?: Parameters<typeof startRig>[0]) => {
  const r = await startRig(opts);
  rigs.push(r);
  return r;
};
const run = async (r: Awaited<ReturnType<typeof startRig>>) =>
  preReviewRunSchema.parse((await r.call('POST', '/qa/prereview/run', lead)).json);
const status = async (r: Awaited<ReturnType<typeof startRig>>, token = lead) =>
  preReviewStatusSchema.parse((await r.call('GET', '/qa/prereview', token)).json);

describe('model pre-review against the OpenAI stand-in', () => {
  it('flags the decision the model disagrees with, not the one it agrees with', async () => {
    const r = await rig();
    const missed = await r.decide('41', THREAT, { action: 'no-action', policyIds: [] });
    const fine = await r.decide('42', THANKS, { action: 'no-action', policyIds: [] });

    expect(await run(r)).toEqual(expect.objectContaining({ reviewed: 2, flagged: 1, errors: 0 }));

    const queue = qaQueueSchema.parse((await r.call('GET', '/qa/queue', qa)).json);
    const ids = queue.items.map((i) => [i.decisionId, i.reason]);
    expect(ids).toEqual([[missed.id, 'model-flagged']]);
    expect(ids.flat()).not.toContain(fine.id);
    expect((await status(r)).counts).toEqual(expect.objectContaining({ flagged: 1, agreed: 1 }));
  });

  it('sends the model only redacted case text', async () => {
    const r = await rig();
    await r.decide('43', THREAT, { action: 'no-action', policyIds: [] });
    await run(r);

    const sent = JSON.stringify(r.standIn.requests.map((q) => q.body));
    expect(sent).toContain('hurt you');
    expect(sent).toContain('[EMAIL_1]');
    expect(sent).not.toContain('jo.smith@example.com');
    expect(sent).not.toContain('7946');
    expect(sent).not.toContain('angry-neighbour');
  });

  it('shows the model rationale only after the QA reviewer decided blind, and counts precision', async () => {
    const r = await rig();
    const missed = await r.decide('44', THREAT, { action: 'no-action', policyIds: [] });
    await run(r);

    const queue = JSON.stringify((await r.call('GET', '/qa/queue', qa)).json);
    expect(queue).not.toContain('Stand-in heuristic');
    await r.decide('44', THREAT, { action: 'escalate', mode: 'qa', reviewerId: DEMO_USERS.qa.id });
    const original = qaOriginalSchema.parse(
      (await r.call('GET', `/qa/samples/${missed.id}/original`, qa)).json,
    );
    expect(original.modelRationale).toContain('hurt you');

    expect((await status(r)).precision.scored).toBe(0);
    const qaId = original.qaDecision.id;
    const scores = {
      'right-action': false,
      'right-policy': false,
      'note-adequate': true,
      'escalation-right': false,
    };
    const scored = await r.call('POST', `/qa/samples/${missed.id}/review`, qa, {
      qaDecisionId: qaId,
      scores,
    });
    expect(scored.status).toBe(201);
    expect((await status(r)).precision).toEqual(
      expect.objectContaining({ scored: 1, realErrors: 1, rate: 1, baselineScored: 0 }),
    );
  });

  it('stops at the request budget and says so in the status', async () => {
    const r = await rig();
    const put = await r.call('PUT', '/qa/prereview/settings', lead, { maxRequestsPerDay: 1 });
    expect(put.status).toBe(200);
    await r.decide('45', THREAT, { action: 'no-action', policyIds: [] });
    await r.decide('46', THREAT, { action: 'no-action', policyIds: [] });

    const batch = await run(r);
    expect([batch.reviewed, batch.stopped]).toEqual([1, 'budget']);
    expect(r.modelCalls()).toBe(1);
    const s = await status(r);
    expect(s.usage).toEqual(expect.objectContaining({ requests: 1, requestsLeft: 0 }));
    expect(s.usage.tokens).toBeGreaterThan(0);
    expect(s.lastRun?.stopped).toBe('budget');
    expect(s.lastRun?.message).toContain('budget');
  });

  it('stops at the token budget counted from the answers’ usage', async () => {
    const r = await rig();
    await r.call('PUT', '/qa/prereview/settings', lead, { maxTokensPerDay: 10 });
    await r.decide('47', THREAT, { action: 'no-action', policyIds: [] });
    await r.decide('48', THANKS, { action: 'no-action', policyIds: [] });

    expect((await run(r)).stopped).toBe('budget');
    expect(r.modelCalls()).toBe(1);
    expect((await status(r)).usage.tokensLeft).toBe(0);
  });

  it('reads the case API’s own cases, and counts console cases without kept text as no-text', async () => {
    const r = await rig();
    const hosted = makeDecision({ caseId: 'C-1002', decidedAt: r.clock.now().toISOString() });
    const posted = await r.call(
      'POST',
      '/cases/C-1002/decisions',
      DEMO_TOKENS.reviewer,
      hosted,
      hosted.id,
    );
    expect(posted.status).toBe(201);
    await r.decide('60', THREAT, { caseRecord: makeCaseRecord('redmine', '60') });

    expect(await run(r)).toEqual(expect.objectContaining({ reviewed: 1, errors: 0 }));
    expect(r.modelCalls()).toBe(1);
    expect((await status(r)).counts['no-text']).toBe(1);
  });
});
