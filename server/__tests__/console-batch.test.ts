import { describe, expect, it } from 'vitest';
import { alreadyDecidedSchema, decisionBatchAnswerSchema } from '../../utils/decisions/schema';
import { consoleDecision } from './console-case-fixtures';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, postBatch, history } = useDecisionServer();

const ids = async (path: string) => (await history(path)).map((d) => d.id);

async function resultsOf(response: Response) {
  expect(response.status).toBe(200);
  return decisionBatchAnswerSchema.parse(await response.json()).results;
}

describe('POST /api/decisions/batch with hosted and console cases', () => {
  it('resolves each item by its console and case id', async () => {
    const hosted = makeDecision({ caseId: 'C-1005' });
    const redmine = consoleDecision('redmine', 'C-1005');
    const zendesk = consoleDecision('zendesk', 'C-1005');
    const viaClassic = makeDecision({ caseId: 'C-1005', console: 'classic-console' });
    const redmineAgain = consoleDecision('redmine', 'C-1005');
    const results = await resultsOf(
      await postBatch([hosted, redmine, zendesk, viaClassic, redmineAgain]),
    );
    // The same id in three namespaces is three cases; the classic console shows the hosted one.
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 409, 409]);
    expect(alreadyDecidedSchema.parse(results[3]!.body).error.decision.id).toBe(hosted.id);
    expect(alreadyDecidedSchema.parse(results[4]!.body).error.decision.id).toBe(redmine.id);

    expect(await ids('/api/cases/C-1005/decisions')).toEqual([hosted.id]);
    expect(await ids('/api/consoles/redmine/cases/C-1005/decisions')).toEqual([redmine.id]);
    expect(await ids('/api/consoles/zendesk/cases/C-1005/decisions')).toEqual([zendesk.id]);
  });

  it("shares a console case's keys with its single POST: one request either way", async () => {
    const decision = consoleDecision('redmine', '31');
    const single = await post(decision, { console: 'redmine' });
    expect(single.status).toBe(201);
    const [replayed] = await resultsOf(await postBatch([decision]));
    expect(replayed).toMatchObject({ status: 201, replayed: true });
    expect(JSON.stringify(replayed!.body)).toBe(await single.text());
  });
});
