import { describe, expect, it } from 'vitest';
import { qaQueueSchema } from '../../../utils/qa/result-schema';
import { DEMO_TOKENS } from '../../index';
import { runSampling } from '../sample-run';
import { useQaServer } from './qa-helpers';

const EVERY_MS = 40;
const { call, decide, server, clock } = useQaServer({ qaSampleEveryMs: EVERY_MS });
const { lead, qa } = DEMO_TOKENS;

async function queueIds(): Promise<string[]> {
  const queue = qaQueueSchema.parse((await call('GET', '/qa/queue', qa)).json);
  return queue.items.map((item) => item.decisionId);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 3000; waited += EVERY_MS) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
  }
  throw new Error('timed out');
}

describe('the case API samples on a timer', () => {
  it('fills the QA queue without a POST, once per decision however many runs', async () => {
    expect((await call('PUT', '/qa/rules', lead, { defaultPercent: 100 })).status).toBe(200);
    const first = await decide({ caseId: 'C-1002', action: 'remove' });
    await until(async () => (await queueIds()).includes(first.id));

    const second = await decide({ caseId: 'C-1003', action: 'warn' });
    await until(async () => (await queueIds()).includes(second.id));
    // Several more timer runs, then a lead's run and a direct one: nothing enters twice.
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS * 5));
    const run = await call('POST', '/qa/sample', lead, {});
    expect(run.json).toEqual(expect.objectContaining({ added: 0 }));
    expect(runSampling(server().db, clock.now()).added).toBe(0);

    const ids = await queueIds();
    expect(ids.filter((id) => id === first.id)).toHaveLength(1);
    expect(ids.filter((id) => id === second.id)).toHaveLength(1);
  });
});
