import { describe, expect, it } from 'vitest';
import { decisionHistorySchema } from '../../../utils/decisions/schema';
import { qaResultSchema, qaResultsSchema } from '../../../utils/qa/result-schema';
import { samplingRulesAnswerSchema, scorecardSchema } from '../../../utils/qa/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../../index';
import { useQaServer } from './qa-helpers';

const { call, decide } = useQaServer();
const { admin, lead, qa, reviewer, reviewer2, vendor } = DEMO_TOKENS;
const reviewerIds = async (token: string) =>
  new Set(
    decisionHistorySchema
      .parse((await call('GET', '/decisions?limit=10000', token)).json)
      .decisions.map((d) => d.reviewerId),
  );

describe('teams and roles in the case API', () => {
  it('GET /decisions: leads and admins see every team, a vendor manager only theirs, a reviewer their own', async () => {
    await decide({ caseId: 'C-1006' }, reviewer);
    await decide({ caseId: 'C-1007', reviewerId: DEMO_USERS.reviewer2.id }, reviewer2);
    const both = new Set([DEMO_USERS.reviewer.id, DEMO_USERS.reviewer2.id]);
    expect(await reviewerIds(lead)).toEqual(both);
    expect(await reviewerIds(admin)).toEqual(both);
    expect(await reviewerIds(vendor)).toEqual(new Set([DEMO_USERS.reviewer2.id]));
    expect(await reviewerIds(reviewer)).toEqual(new Set([DEMO_USERS.reviewer.id]));
    expect(await reviewerIds(reviewer2)).toEqual(new Set([DEMO_USERS.reviewer2.id]));
  });

  it("QA results: a vendor manager sees their team's, not the in-house team's", async () => {
    const ben = await decide({ caseId: 'C-1008', reviewerId: DEMO_USERS.reviewer2.id }, reviewer2);
    const ana = await decide({ caseId: 'C-1009' }, reviewer);
    await call('PUT', '/qa/rules', lead, { defaultPercent: 100 });
    await call('POST', '/qa/sample', lead, {});
    for (const [live, caseId] of [
      [ben, 'C-1008'],
      [ana, 'C-1009'],
    ] as const) {
      const blind = await decide({ caseId, mode: 'qa', reviewerId: DEMO_USERS.qa.id }, qa);
      const scores = {
        'right-action': true,
        'right-policy': true,
        'note-adequate': true,
        'escalation-right': true,
      };
      await call('POST', `/qa/samples/${live.id}/review`, qa, { qaDecisionId: blind.id, scores });
    }
    const seen = qaResultsSchema.parse((await call('GET', '/qa/results', vendor)).json);
    expect(seen.results.map((r) => r.decisionId)).toEqual([ben.id]);
    const all = qaResultsSchema.parse((await call('GET', '/qa/results', lead)).json);
    expect(all.results.map((r) => r.decisionId)).toEqual(expect.arrayContaining([ben.id, ana.id]));
  });
});

describe('QA settings', () => {
  it('warns when the rules would sample more a day than the QA team can review', async () => {
    for (let i = 0; i < 15; i++) await decide({ console: 'zendesk', caseId: `Z-${i}` });
    const roomy = samplingRulesAnswerSchema.parse(
      (await call('PUT', '/qa/rules', lead, { defaultPercent: 100, qaCapacityPerDay: 50 })).json,
    );
    expect(roomy.expectedDaily).toBeGreaterThanOrEqual(15 / 7);
    expect(roomy.warning).toBeUndefined();
    const tight = samplingRulesAnswerSchema.parse(
      (await call('PUT', '/qa/rules', lead, { defaultPercent: 100, qaCapacityPerDay: 1 })).json,
    );
    expect(tight.expectedDaily).toBe(roomy.expectedDaily);
    expect(tight.warning).toContain(`about ${tight.expectedDaily} decisions a day`);
    expect(tight.rules.version).toBe(roomy.rules.version + 1);
  });

  it('a scorecard edit is a new version; past scores keep theirs', async () => {
    const live = await decide({ caseId: 'C-1013' });
    await call('PUT', '/qa/rules', lead, { defaultPercent: 100 });
    await call('POST', '/qa/sample', lead, {});
    const blind = await decide({ caseId: 'C-1013', mode: 'qa', reviewerId: DEMO_USERS.qa.id }, qa);
    const scores = {
      'right-action': true,
      'right-policy': false,
      'note-adequate': true,
      'escalation-right': true,
    };
    const before = qaResultSchema.parse(
      (await call('POST', `/qa/samples/${live.id}/review`, qa, { qaDecisionId: blind.id, scores }))
        .json,
    );
    const edited = await call('PUT', '/qa/scorecard', lead, {
      criteria: [
        { id: 'right-action', label: 'Right action', weight: 3 },
        { id: 'tone', label: 'Tone' },
      ],
    });
    expect(edited.status).toBe(201);
    expect(scorecardSchema.parse(edited.json).version).toBe(before.scorecardVersion + 1);
    const after = qaResultsSchema
      .parse((await call('GET', '/qa/results?caseId=C-1013', lead)).json)
      .results.find((r) => r.decisionId === live.id);
    expect(after).toEqual(before);
    const old = scorecardSchema.parse(
      (await call('GET', `/qa/scorecard/${before.scorecardVersion}`, qa)).json,
    );
    expect(old.criteria.map((c) => c.id)).toContain('right-policy');
  });
});
