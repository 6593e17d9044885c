import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeDecision } from '../../../server/__tests__/decision-fixtures';
import { DEMO_TOKENS, DEMO_USERS, startCaseApi, type StartedServer } from '../../../server';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { handleQaLead as lead, handleQaPanel as panel } from '../qa-handlers';

/** The panel's and the disputes page's QA calls against the real reference case API. */

let server: StartedServer;
beforeAll(async () => {
  server = await startCaseApi({ demo: true, port: 0 });
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: `${server.url}/api` });
});

const signInAs = (token: string) => writeSecret('caseApiToken', token);

async function http(path: string, token: string, body: unknown, method = 'POST') {
  const key = typeof body === 'object' && body && 'id' in body ? String(body.id) : 'none';
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

const decide = (over: Parameters<typeof makeDecision>[0], token: string) => {
  const decision = makeDecision({ decidedAt: new Date().toISOString(), ...over });
  return http(`/cases/${decision.caseId}/decisions`, token, decision).then(() => decision);
};

const scores = {
  'right-action': false,
  'right-policy': true,
  'note-adequate': true,
  'escalation-right': null,
};
const demoCase = { console: 'demo-console', caseId: 'C-1004' };

test('a sampled case is a QA item only for QA work; blind until decided; scored, disputed once, settled', async () => {
  const live = await decide({ caseId: 'C-1004', action: 'remove' }, DEMO_TOKENS.reviewer);
  await http('/qa/rules', DEMO_TOKENS.lead, { defaultPercent: 100 }, 'PUT');
  await http('/qa/sample', DEMO_TOKENS.lead, {});

  await signInAs(DEMO_TOKENS.reviewer);
  expect(await panel({ op: 'item', ...demoCase })).toEqual({ ok: true, item: null });
  await signInAs(DEMO_TOKENS.qa);
  const item = await panel({ op: 'item', ...demoCase });
  expect(item).toMatchObject({ ok: true, item: { decisionId: live.id, reason: 'percent' } });
  expect(await panel({ op: 'item', console: 'classic-console', caseId: 'C-1004' })).toEqual({
    ok: true,
    item: null,
  });
  expect(await panel({ op: 'original', decisionId: live.id })).toMatchObject({
    ok: false,
    notYet: true,
  });

  const qaReviewerId = DEMO_USERS.qa.id;
  const mine = await decide(
    { caseId: 'C-1004', action: 'warn', mode: 'qa', reviewerId: qaReviewerId },
    DEMO_TOKENS.qa,
  );
  expect(await panel({ op: 'original', decisionId: live.id })).toMatchObject({
    ok: true,
    original: { original: { id: live.id, action: 'remove' }, qaDecision: { id: mine.id } },
  });
  expect(await panel({ op: 'scorecard' })).toMatchObject({ ok: true, scorecard: { version: 1 } });
  const review = { qaDecisionId: mine.id, scores, note: 'Warn per 4.2' };
  expect(await panel({ op: 'review', decisionId: live.id, review })).toMatchObject({
    ok: true,
    result: { agreed: false, score: 66.7, note: 'Warn per 4.2' },
  });

  await signInAs(DEMO_TOKENS.reviewer);
  const results = await panel({ op: 'results', caseId: 'C-1004' });
  expect(results).toMatchObject({ ok: true, results: [{ decisionId: live.id, qaAction: 'warn' }] });
  const dispute = { reason: 'The threat was explicit.' };
  expect(await panel({ op: 'dispute', decisionId: live.id, dispute })).toMatchObject({
    ok: true,
    result: { dispute: { reason: dispute.reason, outcome: null } },
  });
  const again = await panel({ op: 'dispute', decisionId: live.id, dispute });
  expect(again).toMatchObject({ ok: false, message: expect.stringContaining('disputed once') });
  // A reviewer settles nothing: the case API refuses, and the page shows its reason.
  const settle = { outcome: 'overturned', note: 'Agreed: remove.' } as const;
  expect(await lead({ op: 'settle', decisionId: live.id, settle })).toMatchObject({
    ok: false,
    problem: 'forbidden',
  });

  await signInAs(DEMO_TOKENS.lead);
  const open = await lead({ op: 'disputes' });
  expect(open).toMatchObject({ ok: true, results: [{ decisionId: live.id }] });
  expect(await lead({ op: 'settle', decisionId: live.id, settle })).toMatchObject({
    ok: true,
    result: { dispute: { outcome: 'overturned', settledBy: DEMO_USERS.lead.id } },
  });
  expect(await lead({ op: 'disputes' })).toEqual({ ok: true, results: [] });
});
