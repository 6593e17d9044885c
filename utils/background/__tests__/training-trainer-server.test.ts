import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import exampleFile from '../../../components/training/examples/gold-set.example.json';
import { DEMO_TOKENS, DEMO_USERS, startCaseApi, type StartedServer } from '../../../server';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { parseGoldImport } from '../../training/gold-import';
import { handleTrainerRequest as send } from '../training-trainer-handlers';

/** The trainer page's calls against the real reference case API, over loopback. */

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

const trainer = DEMO_TOKENS.trainer;

test('a reviewer token is refused; a trainer creates, assigns, reads attempts, calibrates', async () => {
  expect(await send({ op: 'list-sets' })).toMatchObject({ ok: false, problem: 'forbidden' });

  const file = parseGoldImport(JSON.stringify(exampleFile));
  if (!file.ok) throw new Error('the example does not import');
  const created = await send(
    {
      op: 'create-set',
      input: {
        title: file.value.title!,
        description: '',
        passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
        items: file.value.items,
      },
    },
    trainer,
  );
  if (!created.ok) throw new Error(created.message);
  expect(created.set.items.map((i) => i.sourceCaseId)).toEqual([
    'T-4411',
    'T-4502',
    'T-4519',
    'T-4533',
    'T-4540',
  ]);

  const assigned = await send(
    { op: 'assign', setId: created.set.id, reviewerIds: [DEMO_USERS.reviewer.id] },
    trainer,
  );
  expect(assigned).toMatchObject({
    ok: true,
    set: { assignments: [{ reviewerName: 'Ana Reviewer' }] },
  });
  expect(await send({ op: 'attempts', setId: created.set.id }, trainer)).toEqual({
    ok: true,
    attempts: [],
  });
  expect(await send({ op: 'list-sets' }, trainer)).toMatchObject({
    ok: true,
    sets: [{ id: created.set.id, itemCount: 5, assigneeCount: 1 }],
  });

  const calibration = { rate: 0.05, setId: created.set.id };
  expect(await send({ op: 'set-calibration', calibration }, trainer)).toEqual({
    ok: true,
    calibration,
  });
  expect(await send({ op: 'get-calibration' }, trainer)).toEqual({ ok: true, calibration });
});

test("the case API's refusal reaches the page in its words", async () => {
  const input = {
    title: 'Missing case',
    description: '',
    passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
    items: [
      {
        source: { kind: 'case-api' as const, caseId: 'C-nope' },
        expectedAction: 'remove',
        expectedPolicyIds: [],
        explanation: '',
        disputed: false,
      },
    ],
  };
  const refused = await send({ op: 'create-set', input }, trainer);
  expect(refused).toMatchObject({
    ok: false,
    message: expect.stringContaining('No case with id C-nope'),
  });
  expect(await send({ op: 'get-set', setId: 'gs-none' }, trainer)).toMatchObject({
    ok: false,
    message: expect.stringContaining('404'),
  });
});

test('decided cases come with their subject, and a picked one copies into a gold set', async () => {
  const id = crypto.randomUUID();
  const decision = {
    id,
    caseId: 'C-1001',
    console: 'demo-console',
    reviewerId: DEMO_USERS.reviewer2.id,
    action: 'remove',
    policyIds: ['harassment'],
    decidedAt: new Date().toISOString(),
    handleTimeMs: 1000,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'live',
  };
  const posted = await fetch(`${server.url}/api/cases/C-1001/decisions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${DEMO_TOKENS.reviewer2}`,
      'idempotency-key': id,
      'content-type': 'application/json',
    },
    body: JSON.stringify(decision),
  });
  expect(posted.status).toBe(201);

  const decided = await send({ op: 'decided-cases', limit: 50 }, trainer);
  if (!decided.ok) throw new Error(decided.message);
  const picked = decided.cases.find((c) => c.caseId === 'C-1001');
  expect(picked).toMatchObject({
    action: 'remove',
    policyIds: ['harassment'],
    reviewerName: 'Ben Okafor',
  });
  expect(picked?.subject).toBeTruthy();

  const created = await send(
    {
      op: 'create-set',
      input: {
        title: 'From live',
        description: '',
        passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
        items: [
          {
            source: { kind: 'case-api', caseId: 'C-1001' },
            expectedAction: picked!.action,
            expectedPolicyIds: picked!.policyIds,
            explanation: '',
            disputed: false,
          },
        ],
      },
    },
    trainer,
  );
  expect(created).toMatchObject({
    ok: true,
    set: { items: [{ sourceCaseId: 'C-1001', subject: picked!.subject }] },
  });
});
