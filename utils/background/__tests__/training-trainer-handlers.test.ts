import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../messaging/router';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { backgroundHandlers } from '../handlers';

/** The trainer page's calls, through the router, against a stubbed case API. */

const EXT = 'chrome-extension://test-extension-id';
const fromPage = { id: 'test-extension-id', url: `${EXT}/training.html` };
const fromContent = {
  id: 'test-extension-id',
  url: 'http://console.test/c/1',
  tab: { id: 4 },
  frameId: 0,
};
const API = 'https://cases.test/api';

const goldSet = {
  id: 'gs-1/x',
  title: 'Week 1',
  description: '',
  passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
  createdBy: 'Tom Trainer',
  createdAt: '2026-11-02T10:00:00Z',
  items: [
    {
      caseId: 'C-200001',
      position: 0,
      expectedAction: 'remove',
      expectedPolicyIds: ['spam-scams'],
      explanation: 'Phishing',
      disputed: false,
    },
  ],
  assignments: [],
};

interface Seen {
  method: string;
  url: string;
  auth: string | null;
  body?: unknown;
}
let seen: Seen[];
let answer: (url: string, method: string) => Response;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  seen = [];
  answer = () => json(goldSet);
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    seen.push({ method: init.method ?? 'GET', url, auth: headers.get('authorization'), body });
    return answer(url, init.method ?? 'GET');
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: API });
  await writeSecret('caseApiToken', 'configured-token');
});
afterEach(() => vi.unstubAllGlobals());

const send = (request: unknown, token?: string, sender: object = fromPage) =>
  handleMessage(backgroundHandlers, { type: 'training:trainer', token, request }, sender as never);

test('each op goes to its own fixed path, ids encoded, with the page token when given', async () => {
  expect(await send({ op: 'get-set', setId: 'gs-1/x' }, 'trainer-token')).toMatchObject({
    ok: true,
    set: { id: 'gs-1/x', items: [{ expectedAction: 'remove' }] },
  });
  expect(seen).toEqual([
    { method: 'GET', url: `${API}/training/sets/gs-1%2Fx`, auth: 'Bearer trainer-token' },
  ]);

  await send({ op: 'assign', setId: 'gs-1/x', reviewerIds: ['rev-ana', 'rev-ben'] });
  expect(seen[1]).toEqual({
    method: 'POST',
    url: `${API}/training/sets/gs-1%2Fx/assignments`,
    auth: 'Bearer configured-token',
    body: { reviewerIds: ['rev-ana', 'rev-ben'] },
  });
});

test('create-set posts the parsed input, defaults filled, and returns the stored set', async () => {
  const input = {
    title: '  Week 1 ',
    items: [{ source: { kind: 'case-api', caseId: 'C-1' }, expectedAction: 'remove' }],
  };
  expect(await send({ op: 'create-set', input })).toMatchObject({
    ok: true,
    set: { title: 'Week 1' },
  });
  expect(seen[0]).toMatchObject({ method: 'POST', url: `${API}/training/sets` });
  expect(seen[0]!.body).toEqual({
    title: 'Week 1',
    description: '',
    passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
    items: [
      {
        source: { kind: 'case-api', caseId: 'C-1' },
        expectedAction: 'remove',
        expectedPolicyIds: [],
        explanation: '',
        disputed: false,
      },
    ],
  });
});

test("a refusal carries the case API's own reason; an answer off the contract is refused", async () => {
  answer = () =>
    json(
      { error: { code: 'invalid_body', message: 'items.0.source.caseId: No case with id C-9.' } },
      422,
    );
  const input = {
    title: 'T',
    items: [{ source: { kind: 'case-api', caseId: 'C-9' }, expectedAction: 'remove' }],
  };
  const refused = await send({ op: 'create-set', input });
  expect(refused).toMatchObject({ ok: false, problem: 'bad-response' });
  expect((refused as { message: string }).message).toContain('No case with id C-9.');

  answer = () => json({ error: { code: 'forbidden', message: 'Trainers and admins only.' } }, 403);
  expect(await send({ op: 'list-sets' })).toEqual({
    ok: false,
    problem: 'forbidden',
    message: 'Trainers and admins only.',
  });

  answer = () => json({ rate: 0.9, setId: 'gs-1' });
  expect(await send({ op: 'get-calibration' })).toMatchObject({
    ok: false,
    problem: 'bad-response',
  });
});

test('calibration is read and written at its one path', async () => {
  answer = () => json({ rate: 0.05, setId: 'gs-1' });
  expect(await send({ op: 'set-calibration', calibration: { rate: 0.05, setId: 'gs-1' } })).toEqual(
    {
      ok: true,
      calibration: { rate: 0.05, setId: 'gs-1' },
    },
  );
  expect(seen[0]).toMatchObject({ method: 'PUT', url: `${API}/training/calibration` });
});

const decision = (id: string, caseId: string, action: string, decidedAt: string, extra = {}) => ({
  id,
  caseId,
  console: 'demo-console',
  reviewerId: 'rev-ana',
  reviewerName: 'Ana Reviewer',
  action,
  policyIds: action === 'remove' ? ['spam-scams'] : [],
  decidedAt,
  receivedAt: decidedAt,
  handleTimeMs: 1000,
  guidanceVersion: 1,
  agreement: 'no-suggestion',
  mode: 'live',
  ...extra,
});
const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

test('decided cases: recent decisions grouped per case with the standing decision and subject', async () => {
  answer = (url) =>
    url.endsWith('/cases')
      ? json({ cases: [{ id: 'C-1', subject: 'Crypto DM', itemCount: 2 }] })
      : json({
          decisions: [
            decision(uuid(1), 'C-2', 'warn', '2026-11-02T12:00:00Z', { mode: 'training' }),
            decision(uuid(2), 'C-1', 'remove', '2026-11-02T11:00:00Z'),
            decision(uuid(3), 'C-1', 'no-action', '2026-11-02T10:00:00Z', { reversedBy: uuid(2) }),
            decision(uuid(4), 'C-3', 'warn', '2026-11-02T09:00:00Z'),
          ],
        });
  const answered = await send({ op: 'decided-cases', limit: 200 });
  expect(seen.map((s) => s.url).toSorted()).toEqual([`${API}/cases`, `${API}/decisions?limit=200`]);
  expect(answered).toMatchObject({
    ok: true,
    cases: [
      {
        caseId: 'C-1',
        subject: 'Crypto DM',
        action: 'remove',
        policyIds: ['spam-scams'],
        decisionCount: 2,
      },
      { caseId: 'C-3', action: 'warn', decisionCount: 1 },
    ],
  });
});

test('only an extension page may ask, and a malformed request is refused before any call', async () => {
  expect(await send({ op: 'list-sets' }, undefined, fromContent)).toEqual({
    refused: 'training:trainer is not accepted from this sender',
  });
  expect(await send({ op: 'get-set', setId: '' })).toEqual({ refused: 'Malformed request' });
  expect(await send({ op: 'fetch', url: 'http://evil.test/' })).toEqual({
    refused: 'Malformed request',
  });
  expect(seen).toEqual([]);
});
