import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../utils/case-api/schema';
import { qaQueueSchema, qaResultSchema, qaResultsSchema } from '../../../utils/qa/result-schema';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';
import { useQaServer } from './qa-helpers';

const { call, decide } = useQaServer();
const { lead, qa, reviewer, reviewer2 } = DEMO_TOKENS;
const allPass = {
  'right-action': true,
  'right-policy': true,
  'note-adequate': true,
  'escalation-right': null,
};
const code = (json: unknown) => apiErrorSchema.parse(json).error.code;

describe('QA sampling → blind QA decision → score → dispute → settle', () => {
  it('walks one sampled decision through the whole loop', async () => {
    const live = await decide({ caseId: 'C-1002', action: 'remove', note: 'NOTE-7731' });
    expect((await call('PUT', '/qa/rules', lead, { defaultPercent: 100 })).status).toBe(200);
    const run = await call('POST', '/qa/sample', lead, {});
    expect(run.json).toEqual(expect.objectContaining({ added: expect.any(Number) }));

    // Blind: the queue names the case, never the decision's action, note or reviewer.
    const queue = qaQueueSchema.parse((await call('GET', '/qa/queue', qa)).json);
    const item = queue.items.find((i) => i.decisionId === live.id);
    expect(item).toEqual(expect.objectContaining({ caseId: 'C-1002', reason: 'percent' }));
    expect(JSON.stringify(item)).not.toContain('NOTE-7731');
    const early = await call('GET', `/qa/samples/${live.id}/original`, qa);
    expect([early.status, code(early.json)]).toEqual([409, 'decide_first']);

    // The QA reviewer decides the case in mode qa (the ordinary POST), then sees the original.
    const blind = await decide(
      { caseId: 'C-1002', action: 'warn', mode: 'qa', reviewerId: DEMO_USERS.qa.id },
      qa,
    );
    const original = await call('GET', `/qa/samples/${live.id}/original`, qa);
    expect(original.status).toBe(200);
    expect(JSON.stringify(original.json)).toContain('NOTE-7731');

    const scored = await call('POST', `/qa/samples/${live.id}/review`, qa, {
      qaDecisionId: blind.id,
      scores: { ...allPass, 'right-action': false },
      note: 'A threat of violence is removed, not warned? No: warn per 4.2.',
    });
    expect(scored.status).toBe(201);
    const result = qaResultSchema.parse(scored.json);
    expect(result).toEqual(
      expect.objectContaining({
        agreed: false,
        qaAction: 'warn',
        scorecardVersion: 1,
        score: 66.7,
      }),
    );
    const again = await call('POST', `/qa/samples/${live.id}/review`, qa, {
      qaDecisionId: blind.id,
      scores: allPass,
    });
    expect(code(again.json)).toBe('already_reviewed');

    // The original reviewer sees it with the note; another team's reviewer does not.
    const mine = qaResultsSchema.parse((await call('GET', '/qa/results', reviewer)).json);
    expect(mine.results.find((r) => r.decisionId === live.id)?.note).toContain('4.2');
    const theirs = qaResultsSchema.parse((await call('GET', '/qa/results', reviewer2)).json);
    expect(theirs.results.map((r) => r.decisionId)).not.toContain(live.id);

    // One dispute, by the reviewer who decided; a lead settles it once.
    const path = `/qa/results/${live.id}`;
    expect((await call('POST', `${path}/dispute`, reviewer2, { reason: 'x' })).status).toBe(403);
    expect(
      (await call('POST', `${path}/dispute`, reviewer, { reason: 'Policy 4.2 says remove.' }))
        .status,
    ).toBe(201);
    const twice = await call('POST', `${path}/dispute`, reviewer, { reason: 'again' });
    expect([twice.status, code(twice.json)]).toEqual([409, 'already_disputed']);
    expect((await call('POST', `${path}/settle`, reviewer, { outcome: 'overturned' })).status).toBe(
      403,
    );
    const settled = await call('POST', `${path}/settle`, lead, {
      outcome: 'overturned',
      note: 'right',
    });
    expect(qaResultSchema.parse(settled.json).dispute).toEqual(
      expect.objectContaining({ outcome: 'overturned', settledBy: DEMO_USERS.lead.id }),
    );
    expect(code((await call('POST', `${path}/settle`, lead, { outcome: 'upheld' })).json)).toBe(
      'already_settled',
    );
  });

  it("refuses a QA decision that is not the QA reviewer's own on the sampled case", async () => {
    const live = await decide({ caseId: 'C-1003', action: 'remove' });
    await call('POST', '/qa/sample', lead, {});
    const elsewhere = await decide(
      { caseId: 'C-1004', action: 'remove', mode: 'qa', reviewerId: DEMO_USERS.qa.id },
      qa,
    );
    const review = await call('POST', `/qa/samples/${live.id}/review`, qa, {
      qaDecisionId: elsewhere.id,
      scores: allPass,
    });
    expect([review.status, code(review.json)]).toEqual([422, 'not_blind']);
  });

  it('refuses a dispute on a decision already reversed, saying why', async () => {
    const live = await decide({ caseId: 'C-1005', action: 'no-action' });
    await call('POST', '/qa/sample', lead, {});
    const blind = await decide(
      { caseId: 'C-1005', action: 'remove', mode: 'qa', reviewerId: DEMO_USERS.qa.id },
      qa,
    );
    await call('POST', `/qa/samples/${live.id}/review`, qa, {
      qaDecisionId: blind.id,
      scores: allPass,
    });
    await decide({ caseId: 'C-1005', action: 'remove', reverses: live.id });
    const dispute = await call('POST', `/qa/results/${live.id}/dispute`, reviewer, {
      reason: 'no',
    });
    expect(dispute.status).toBe(409);
    const { error } = apiErrorSchema.parse(dispute.json);
    expect(error.code).toBe('already_reversed');
    expect(error.message).toContain('already reversed');
  });

  it('only QA reviewers and leads take QA work; only leads set rules', async () => {
    expect((await call('GET', '/qa/queue', reviewer)).status).toBe(403);
    expect((await call('PUT', '/qa/rules', qa, { defaultPercent: 5 })).status).toBe(403);
    expect((await call('POST', '/qa/sample', qa, {})).status).toBe(403);
    expect((await call('PUT', '/qa/scorecard', DEMO_TOKENS.vendor, { criteria: [] })).status).toBe(
      403,
    );
    const queue = await call('GET', '/qa/queue', qa);
    expect([queue.status, qaQueueSchema.safeParse(queue.json).success]).toEqual([200, true]);
  });
});
