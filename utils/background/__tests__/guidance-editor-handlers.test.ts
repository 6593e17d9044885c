import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_TOKENS, DEMO_USERS, startCaseApi, type StartedServer } from '../../../server';
import { DEFAULT_GUIDANCE_PACK } from '../../guidance/default-pack';
import type { GuidancePack } from '../../guidance/schema';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { guidanceEditorHandlers as handlers } from '../guidance-editor-handlers';

/** The guidance editor's background calls against the real reference case API, over loopback. */

let server: StartedServer;
beforeAll(async () => {
  server = await startCaseApi({ demo: true, port: 0 });
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: `${server.url}/api` });
  await writeSecret('caseApiToken', DEMO_TOKENS.reviewer);
});

const sender = {} as never;
const lead = DEMO_TOKENS.lead;

function edited(): GuidancePack {
  const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
  pack.policies[0]!.thresholds.harassment = 0.85;
  pack.signals.push({
    id: 'pile-on',
    kind: 'keyword',
    pattern: 'everyone go to her page',
    policyId: 'harassment',
  });
  return pack;
}

async function storeDecision(caseId: string, action: string, scores: Record<string, number>) {
  const id = crypto.randomUUID();
  const decision = {
    id,
    caseId,
    console: 'demo-console',
    reviewerId: DEMO_USERS.reviewer2.id,
    action,
    policyIds: [],
    decidedAt: new Date().toISOString(),
    handleTimeMs: 1000,
    guidanceVersion: 1,
    suggestion: { action, policyIds: [], confidence: 0.8, source: 'rules', scores },
    agreement: 'agreed',
    mode: 'live',
  };
  const response = await fetch(`${server.url}/api/cases/${caseId}/decisions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${DEMO_TOKENS.reviewer2}`,
      'idempotency-key': id,
      'content-type': 'application/json',
    },
    body: JSON.stringify(decision),
  });
  expect(response.status).toBe(201);
}

test('says whom the configured token or the page token belongs to, and refuses a bad one', async () => {
  expect(await handlers['guidance:me']({ type: 'guidance:me' }, sender)).toMatchObject({
    ok: true,
    me: { name: 'Ana Reviewer', role: 'reviewer' },
  });
  expect(await handlers['guidance:me']({ type: 'guidance:me', token: lead }, sender)).toMatchObject(
    { ok: true, me: { role: 'policy-lead' } },
  );
  expect(
    await handlers['guidance:me']({ type: 'guidance:me', token: 'nope' }, sender),
  ).toMatchObject({ ok: false, problem: 'unauthorized' });
});

test('loads the latest version without counting the editor as a panel', async () => {
  const loaded = await handlers['guidance:load']({ type: 'guidance:load', token: lead }, sender);
  expect(loaded).toMatchObject({ ok: true, pack: { version: 1 }, summary: { version: 1 } });
  const panels = await handlers['guidance:panels'](
    { type: 'guidance:panels', token: lead },
    sender,
  );
  expect(panels).toMatchObject({ ok: true, panels: [] });
});

test('backtests on stored decisions, reading case text so signals replay', async () => {
  await storeDecision('C-1001', 'remove', { harassment: 0.79 });
  await storeDecision('C-1011', 'remove', { harassment: 0.72 });
  await storeDecision('C-1012', 'no-action', { harassment: 0.8 });
  const answer = await handlers['guidance:backtest'](
    {
      type: 'guidance:backtest',
      // Every team's decisions are a lead's to read; a reviewer's token sees their own only.
      token: lead,
      current: DEFAULT_GUIDANCE_PACK,
      candidate: { ...edited(), version: 2 },
      limit: 1000,
    },
    sender,
  );
  expect(answer).toMatchObject({ ok: true, fetched: 3, casesRead: 3, casesUnread: 0 });
  if (!answer.ok) throw new Error(answer.message);
  // C-1001 still points to removal through the keyword, found in its text.
  expect(answer.result).toMatchObject({ total: 3, changed: 2, fixed: 1, broken: 1, withText: 3 });
  expect(answer.result.transitions).toEqual([{ from: 'remove', to: 'no-action', count: 2 }]);
});

test('publishes for a lead; refuses a reviewer, a stale base and an invalid pack with reasons', async () => {
  const publish = (token: string | undefined, baseVersion: number, pack: GuidancePack) =>
    handlers['guidance:publish']({ type: 'guidance:publish', token, baseVersion, pack }, sender);
  expect(await publish(undefined, 1, edited())).toMatchObject({ ok: false, problem: 'forbidden' });
  expect(await publish(lead, 1, edited())).toMatchObject({
    ok: true,
    summary: { version: 2, publisher: 'Priya Lead', signed: false, baseVersion: 1 },
  });
  expect(await publish(lead, 1, edited())).toMatchObject({
    ok: false,
    problem: 'refused',
    status: 409,
    code: 'stale_base',
  });
  const clash = edited();
  clash.actions[1]!.hotkey = '1';
  expect(await publish(lead, 2, clash)).toMatchObject({
    ok: false,
    problem: 'refused',
    status: 422,
    issues: [{ path: 'actions.1.hotkey', message: expect.stringContaining('No violation') }],
  });
  const panels = await handlers['guidance:panels']({ type: 'guidance:panels' }, sender);
  expect(panels).toMatchObject({ ok: false, problem: 'forbidden' });
});
