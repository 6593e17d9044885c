import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { preReviewRunSchema, preReviewStatusSchema } from '../../../utils/qa/prereview-schema';
import { qaQueueSchema } from '../../../utils/qa/result-schema';
import { DEMO_TOKENS } from '../../demo-tokens';
import { startOpenAIStandIn, type StandInFaultMode } from '../../openai-stand-in';
import { startRig, THREAT } from './prereview-rig';

type Rig = Awaited<ReturnType<typeof startRig>>;
const { lead, qa } = DEMO_TOKENS;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).toReversed()) await clean();
});
const rig = async (opts?: Parameters<typeof startRig>[0]) => {
  const r = await startRig(opts);
  cleanups.push(() => r.close());
  return r;
};
const run = async (r: Rig) =>
  preReviewRunSchema.parse((await r.call('POST', '/qa/prereview/run', lead)).json);
const status = async (r: Rig) =>
  preReviewStatusSchema.parse((await r.call('GET', '/qa/prereview', lead)).json);
const queueLength = async (r: Rig) =>
  qaQueueSchema.parse((await r.call('GET', '/qa/queue', qa)).json).items.length;
const missed = { action: 'no-action', policyIds: [] };

describe('pre-review when the model misbehaves', () => {
  it.each<StandInFaultMode>(['malformed', 'refusal', 'off-schema'])(
    'records a %s answer as an error, never flags, and retries a bounded number of times',
    async (mode) => {
      const r = await rig();
      r.standIn.setFaults({ mode });
      await r.decide('51', THREAT, missed);

      for (const _ of [1, 2, 3]) {
        expect(await run(r)).toEqual(expect.objectContaining({ errors: 1, flagged: 0 }));
      }
      expect(await run(r)).toEqual(expect.objectContaining({ reviewed: 0, errors: 0 }));
      expect(r.modelCalls()).toBe(3);
      expect((await status(r)).counts).toEqual(expect.objectContaining({ failed: 1, flagged: 0 }));
      expect(await queueLength(r)).toBe(0);
    },
  );

  it('treats a model that does not answer in time as an error, and flags on the retry', async () => {
    // Long enough for the retry to be answered on a loaded machine; the hung call waits it out.
    const r = await rig({ timeoutMs: 2_000 });
    r.standIn.setFaults({ mode: 'timeout', count: 1 });
    await r.decide('52', THREAT, missed);

    expect(await run(r)).toEqual(expect.objectContaining({ errors: 1, flagged: 0 }));
    expect(await queueLength(r)).toBe(0);
    expect(await run(r)).toEqual(expect.objectContaining({ errors: 0, flagged: 1 }));
    expect(await queueLength(r)).toBe(1);
  });

  it('never reviews a decision twice, across a restart of the case API', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prereview-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const standIn = await startOpenAIStandIn({ apiKey: 'team-key' });
    cleanups.push(() => standIn.close());
    const dbPath = join(dir, 'case-api.db');

    const first = await startRig({ dbPath, standIn });
    await first.decide('53', THREAT, missed);
    expect((await run(first)).flagged).toBe(1);
    await first.close();

    const second = await rig({ dbPath, standIn });
    expect(await run(second)).toEqual(expect.objectContaining({ reviewed: 0, flagged: 0 }));
    expect(second.modelCalls()).toBe(1);
    expect((await status(second)).counts.flagged).toBe(1);
  });
});

describe('pre-review switches and who may use them', () => {
  it('is off without a model, and says so', async () => {
    const r = await rig({ withModel: false });
    await r.decide('54', THREAT, missed);
    const s = await status(r);
    expect([s.state, s.model]).toEqual(['not-configured', null]);
    expect(s.message).toContain('no model key');
    expect((await run(r)).stopped).toBe('not-configured');
    expect(r.modelCalls()).toBe(0);
  });

  it('lets a lead turn it off or lower its rate', async () => {
    const r = await rig();
    await r.decide('55', THREAT, missed);
    await r.call('PUT', '/qa/prereview/settings', lead, { enabled: false });
    expect([(await status(r)).state, (await run(r)).stopped]).toEqual(['off', 'off']);

    await r.call('PUT', '/qa/prereview/settings', lead, { enabled: true, ratePercent: 0 });
    expect((await run(r)).reviewed).toBe(0);
    expect((await status(r)).counts['not-drawn']).toBe(1);
    expect(r.modelCalls()).toBe(0);
  });

  it('lets only leads configure and run it; figures are scoped to a vendor manager’s team', async () => {
    const r = await rig();
    await r.decide('56', THREAT, missed);
    for (const token of [DEMO_TOKENS.reviewer, qa, DEMO_TOKENS.vendor, DEMO_TOKENS.trainer]) {
      const put = await r.call('PUT', '/qa/prereview/settings', token, { enabled: false });
      const post = await r.call('POST', '/qa/prereview/run', token);
      expect([put.status, post.status]).toEqual([403, 403]);
    }
    expect((await r.call('GET', '/qa/prereview', DEMO_TOKENS.reviewer)).status).toBe(403);
    expect((await status(r)).state).toBe('on');

    await run(r);
    const vendor = await r.call('GET', '/qa/prereview', DEMO_TOKENS.vendor);
    expect(vendor.status).toBe(200);
    // The demo reviewer is in-house; the vendor manager's team has no decisions.
    expect(preReviewStatusSchema.parse(vendor.json).counts.flagged).toBe(0);
    expect((await status(r)).counts.flagged).toBe(1);
    // The team's key stays in the case API: no answer carries it.
    expect(JSON.stringify([vendor.json, await status(r)])).not.toContain('team-key');
  });
});
