import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_TOKENS, DEMO_USERS, startCaseApi, type StartedServer } from '../../../server';
import { forgetCasePolicy } from '../../case-api/case-policy';
import { makeDecision } from '../../decisions/__tests__/fixtures';
import { deleteEntry, getEntry, listEntries } from '../../decisions/outbox-store';
import { deliver } from '../../decisions/outbox-service';
import type { CaseRecord, Decision } from '../../decisions/schema';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { decisionHandlers } from '../decision-handlers';

/** The panel's decision messages, handled by the background against the real case API. */

let plain: StartedServer;
let keeping: StartedServer;
beforeAll(async () => {
  [plain, keeping] = await Promise.all([
    startCaseApi({ demo: true, port: 0 }),
    startCaseApi({ demo: true, port: 0, keepCaseText: true, caseTextRetentionDays: 7 }),
  ]);
});
afterAll(() => Promise.all([plain.close(), keeping.close()]));

async function useCaseApi(url: string) {
  await saveSettings({
    ...DEFAULT_SETTINGS,
    caseApiUrl: `${url}/api`,
    decisions: { ...DEFAULT_SETTINGS.decisions, undoWindowSeconds: 0 },
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  forgetCasePolicy();
  await writeSecret('caseApiToken', DEMO_TOKENS.reviewer);
  for (const { decision } of (await listEntries()).entries) await deleteEntry(decision.id);
});

const sender = {} as never;
const record: CaseRecord = {
  url: 'https://redmine.example/issues/4',
  subject: 'Spam on issue 4',
  contentHash: 'c'.repeat(64),
  itemCount: 1,
  adapter: { id: 'redmine', version: '0123456789ab' },
  items: [{ id: 'j-1', author: 'seller', role: 'reported', text: 'Cheap watches!', media: [] }],
};
const onRedmine = (caseId: string): Decision =>
  makeDecision({
    caseId,
    console: 'redmine',
    reviewerId: DEMO_USERS.reviewer.id,
    reportedAccountId: 'U-seller',
    caseRecord: record,
  });

async function submitted(decision: Decision) {
  await decisionHandlers['decision:submit']({ type: 'decision:submit', decision }, sender);
  return (await getEntry(decision.id))?.decision.caseRecord;
}

test('a console case nobody decided has an empty history, then its own', async () => {
  await useCaseApi(plain.url);
  const history = (caseId: string) =>
    decisionHandlers['decisions:history'](
      { type: 'decisions:history', console: 'redmine', caseId, accountId: 'U-seller' },
      sender,
    );
  expect(await history('4')).toEqual({ ok: true, caseDecisions: [], accountDecisions: [] });

  const decision = onRedmine('4');
  await submitted(decision);
  await deliver();
  const after = await history('4');
  if (!after.ok) throw new Error(after.message);
  expect(after.caseDecisions.map((d) => d.id)).toEqual([decision.id]);
  expect(after.accountDecisions.map((d) => d.id)).toEqual([decision.id]);
  // The demo console's case of the same id is another case, with its own history.
  const hosted = await decisionHandlers['decisions:history'](
    { type: 'decisions:history', console: 'demo-console', caseId: 'C-1001' },
    sender,
  );
  expect(hosted).toMatchObject({ ok: true, caseDecisions: [] });
});

test('the case text is kept only when the case API says the team keeps it', async () => {
  await useCaseApi(plain.url);
  const stripped = await submitted(onRedmine('5'));
  expect(stripped).toMatchObject({ subject: 'Spam on issue 4', contentHash: 'c'.repeat(64) });
  expect(stripped?.items).toBeUndefined();

  forgetCasePolicy();
  await useCaseApi(keeping.url);
  expect((await submitted(onRedmine('6')))?.items).toEqual(record.items);
});

test('the case text is stripped when the policy cannot be read', async () => {
  await useCaseApi('http://127.0.0.1:9');
  expect((await submitted(onRedmine('7')))?.items).toBeUndefined();
});

test('the case text is stripped when the decision would not fit the body limit with it', async () => {
  await useCaseApi(keeping.url);
  const long = { ...record.items![0]!, text: 'x'.repeat(100_000) };
  const huge = {
    ...onRedmine('8'),
    caseRecord: { ...record, items: Array.from({ length: 11 }, () => long) },
  };
  expect((await submitted(huge))?.items).toBeUndefined();
});
