import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { consoleCaseSchema, recordedDecisionSchema } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { consoleDecision } from './console-case-fixtures';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, get, history } = useDecisionServer();

const ids = async (path: string) => (await history(path)).map((d) => d.id);

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('cases of consoles the case API does not host', () => {
  it('two consoles with the same case id are two cases: no conflict, separate histories', async () => {
    const redmine = consoleDecision('redmine', '4');
    const zendesk = consoleDecision('zendesk', '4');
    expect((await post(redmine, { console: 'redmine' })).status).toBe(201);
    expect((await post(zendesk, { console: 'zendesk' })).status).toBe(201);

    expect(await ids('/api/consoles/redmine/cases/4/decisions')).toEqual([redmine.id]);
    expect(await ids('/api/consoles/zendesk/cases/4/decisions')).toEqual([zendesk.id]);

    // Within one console the rule stands: one live decision per case.
    const again = await post(consoleDecision('redmine', '4'), { console: 'redmine' });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toMatch(/^Case 4 of console redmine was already/);
  });

  it("a console's case is not the hosted case of the same id", async () => {
    const hosted = makeDecision({ caseId: 'C-1002' });
    const foreign = consoleDecision('redmine', 'C-1002');
    expect((await post(hosted)).status).toBe(201);
    expect((await post(foreign, { console: 'redmine' })).status).toBe(201);
    const onHosted = await history('/api/cases/C-1002/decisions');
    expect(onHosted.map((d) => d.id)).toEqual([hosted.id]);
  });

  it('decision → history → reversal → second opinion → account history, on a new case', async () => {
    const path = '/api/consoles/redmine/cases/77/decisions';
    expect(await history(path)).toEqual([]);
    expect((await get('/api/consoles/redmine/cases/77', DEMO_TOKENS.reviewer)).status).toBe(404);

    const account77 = { reportedAccountId: 'U-77' };
    const first = consoleDecision('redmine', '77', account77);
    expect((await post(first, { console: 'redmine' })).status).toBe(201);
    const known = consoleCaseSchema.parse(
      await (await get('/api/consoles/redmine/cases/77', DEMO_TOKENS.reviewer)).json(),
    );
    expect(known).toMatchObject({ id: '77', console: 'redmine', subject: 'Spam on issue 77' });
    expect(known.adapter).toEqual({ id: 'redmine', version: '0123456789ab' });

    const reversal = consoleDecision('redmine', '77', {
      ...account77,
      reverses: first.id,
      action: 'no-action',
    });
    expect((await post(reversal, { console: 'redmine' })).status).toBe(201);
    // The reversal now stands: another reviewer may only add a second opinion to it.
    const other = { ...account77, reviewerId: DEMO_USERS.reviewer2.id };
    const asOther = { console: 'redmine', token: DEMO_TOKENS.reviewer2 };
    expect((await post(consoleDecision('redmine', '77', other), asOther)).status).toBe(409);
    const secondOpinion = consoleDecision('redmine', '77', {
      ...other,
      secondOpinionOf: reversal.id,
    });
    const response = await post(secondOpinion, asOther);
    expect(response.status).toBe(201);
    expect(recordedDecisionSchema.parse(await response.json()).caseRecord?.subject).toBe(
      'Spam on issue 77',
    );

    const onCase = await history(path);
    expect(onCase.map((d) => d.id)).toEqual([first.id, reversal.id, secondOpinion.id]);
    expect(onCase[0]?.reversedBy).toBe(reversal.id);

    const account = await history('/api/consoles/redmine/accounts/U-77/decisions');
    expect(account.map((d) => d.id)).toEqual([secondOpinion.id, reversal.id, first.id]);
    // Hosted consoles share one namespace of accounts, apart from Redmine's.
    expect(await history('/api/accounts/U-77/decisions')).toEqual([]);
    expect(await history('/api/consoles/demo-console/accounts/U-77/decisions')).toEqual([]);
  });

  it('refuses a reversal naming a decision on the other console’s case of the same id', async () => {
    const onZendesk = consoleDecision('zendesk', '5');
    expect((await post(onZendesk, { console: 'zendesk' })).status).toBe(201);
    const reversal = consoleDecision('redmine', '5', { reverses: onZendesk.id });
    const response = await post(reversal, { console: 'redmine' });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe('unknown_decision');
  });

  it('registers a case sent without a record by its identity alone', async () => {
    const bare = consoleDecision('zendesk', '900', { caseRecord: undefined });
    expect((await post(bare, { console: 'zendesk' })).status).toBe(201);
    const known = await get('/api/consoles/zendesk/cases/900', DEMO_TOKENS.reviewer);
    expect(Object.keys(consoleCaseSchema.parse(await known.json())).toSorted()).toEqual([
      'console',
      'firstSeenAt',
      'id',
      'lastSeenAt',
    ]);
  });
});
