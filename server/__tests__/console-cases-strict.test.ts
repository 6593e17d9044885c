import { describe, expect, it } from 'vitest';
import { apiErrorSchema, casePolicySchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS } from '../index';
import { recordConsoleCase } from '../db/write-console-cases';
import { consoleDecision, makeCaseRecord } from './console-case-fixtures';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, get, history, server, recordCount } = useDecisionServer({ strictCases: true });

const STRICT_MESSAGE =
  'Case 4 of console redmine is not known to this case API, which accepts decisions only on ' +
  'cases it knows (strict mode). Import the case first, or turn strict mode off.';

describe('strict mode: only cases the case API knows', () => {
  it('says so at GET /api/case-policy', async () => {
    const response = await get('/api/case-policy', DEMO_TOKENS.reviewer);
    expect(casePolicySchema.parse(await response.json())).toEqual({
      unknownCases: 'strict',
      keepCaseText: false,
    });
  });

  it('refuses a decision on a console case it never saw: 404 saying why', async () => {
    const decision = consoleDecision('redmine', '4');
    const response = await post(decision, { console: 'redmine' });
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error).toEqual({
      code: 'not_found',
      message: STRICT_MESSAGE,
    });
    expect(recordCount(decision.id)).toBe(0);
    expect((await get('/api/consoles/redmine/cases/4', DEMO_TOKENS.reviewer)).status).toBe(404);
  });

  it('refuses the history of a console case it never saw: 404 saying why', async () => {
    const response = await get('/api/consoles/redmine/cases/4/decisions', DEMO_TOKENS.reviewer);
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error.message).toBe(STRICT_MESSAGE);
  });

  it('accepts known cases: hosted ones, and console cases it holds', async () => {
    expect((await post(makeDecision({ caseId: 'C-1001' }))).status).toBe(201);

    const ref = { namespace: 'redmine', caseId: '4' };
    recordConsoleCase(server().db, ref, '2025-03-01T09:00:00.000Z', makeCaseRecord());
    const decision = consoleDecision('redmine', '4');
    expect((await post(decision, { console: 'redmine' })).status).toBe(201);
    const decisions = await history('/api/consoles/redmine/cases/4/decisions');
    expect(decisions.map((d) => d.id)).toEqual([decision.id]);
  });
});
