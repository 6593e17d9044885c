import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ResponseMap } from '../../messaging/protocol';
import { handleMessage } from '../../messaging/router';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { writeTabAssessment } from '../../tab-assessment/store';
import { readTabCase } from '../../tab-case/store';
import { backgroundHandlers } from '../handlers';
import { forgetAssignedSets } from '../practice-handlers';

/** The panel's training questions, through the router, against a stubbed case API. */

const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/panel.html' };
const API = 'https://cases.test/api';
const mine = {
  sets: [
    {
      id: 'gs-1',
      title: 'Week 1',
      description: '',
      assignedAt: '2026-11-27T10:00:00.000Z',
      items: [
        { caseId: 'C-200001', position: 0, attempted: true },
        { caseId: 'C-200002', position: 1, attempted: false },
      ],
    },
  ],
};
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
let calls: string[];
let answer: (url: string) => Response | Promise<Response>;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.permissions.contains = async () => true;
  forgetAssignedSets();
  calls = [];
  answer = () => json(mine);
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    return answer(url);
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: API });
  await writeSecret('caseApiToken', 'reviewer-token');
});
afterEach(() => vi.unstubAllGlobals());

const status = (caseId: string) =>
  handleMessage(backgroundHandlers, { type: 'training:status', caseId }, panel as never);
const reveal = (caseId: string) =>
  handleMessage(backgroundHandlers, { type: 'training:reveal', caseId }, panel as never);

test('the case API says which cases are assigned gold cases; the sets are asked for once', async () => {
  expect(await status('C-200002')).toEqual({
    ok: true,
    practice: {
      setId: 'gs-1',
      setTitle: 'Week 1',
      position: 2,
      total: 2,
      done: 1,
      attempted: false,
    },
  });
  expect(await status('C-1001')).toEqual({ ok: true, practice: null });
  expect(calls).toEqual([`${API}/training/mine`]);
});

test('no usable token stays quiet (the connection line says it); an unreachable API is said', async () => {
  answer = () => json({ error: { code: 'unauthorized', message: 'bad token' } }, 401);
  expect(await status('C-200002')).toEqual({ ok: true, practice: null });
  forgetAssignedSets();
  answer = () => Promise.reject(new TypeError('Failed to fetch'));
  expect(await status('C-200002')).toEqual({
    ok: false,
    message: expect.stringContaining('Could not check your training assignments'),
  });
});

test('the reveal: not yet (404), the answer, or a plain reason when it cannot be read', async () => {
  answer = () => json({ error: { code: 'not_found', message: 'decide it first' } }, 404);
  expect(await reveal('C-200002')).toEqual({ ok: false, notYet: true, message: 'decide it first' });
  expect(calls).toEqual([`${API}/training/cases/C-200002/reveal`]);

  const gold = {
    caseId: 'C-200002',
    setId: 'gs-1',
    setTitle: 'Week 1',
    answer: {
      expectedAction: 'remove',
      expectedPolicyIds: [],
      explanation: 'Phishing',
      disputed: false,
    },
  };
  answer = () => json(gold);
  expect(await reveal('C-200002')).toEqual({ ok: true, reveal: gold });

  answer = () => json({ caseId: 'C-200002', answer: 'remove' });
  expect(await reveal('C-200002')).toEqual({
    ok: false,
    notYet: false,
    message: expect.stringContaining('cannot read'),
  });
});

test('the case goes to the panels with the training status and scores the background has', async () => {
  const caseUrl = 'http://127.0.0.1:4317/console/cases/C-200002';
  const tab = { id: 'test-extension-id', url: caseUrl, tab: { id: 12 }, frameId: 0 };
  // The panel our content script docked in that tab: its token is in the frame's address.
  const dockToken = '9'.repeat(32);
  const docked = { ...panel, url: `${panel.url}?dock=${dockToken}`, tab: { id: 12 }, frameId: 3 };
  await handleMessage(
    backgroundHandlers,
    { type: 'dock:register', token: dockToken },
    tab as never,
  );
  const attach = async () =>
    (await handleMessage(
      backgroundHandlers,
      { type: 'panel:attach', target: { kind: 'own-tab' } },
      docked as never,
    )) as ResponseMap['panel:attach'];
  const extraction = {
    adapterId: 'demo-console',
    case: { id: 'C-200002', console: 'demo-console', url: caseUrl, items: [] },
    missing: [],
  };
  const practiceOf = async () => {
    const { state } = await attach();
    return state?.status === 'ready' ? state.practice : 'no case';
  };
  const gold = { ok: true, practice: expect.objectContaining({ setId: 'gs-1', position: 2 }) };
  expect(await attach()).toMatchObject({ state: null, assessment: null });

  // The first case found starts the check (not known yet: stored without it); once the case
  // API has answered, a panel attaching gets the case with it, without another request.
  await handleMessage(backgroundHandlers, { type: 'case:found', extraction }, tab as never);
  expect(await readTabCase(12)).not.toHaveProperty('practice');
  await vi.waitFor(async () => expect(await practiceOf()).toEqual(gold));
  expect(calls.filter((url) => url.endsWith('/training/mine'))).toHaveLength(1);
  // A case found while the status is known is stored with it, for panels already open.
  await handleMessage(backgroundHandlers, { type: 'case:found', extraction }, tab as never);
  expect(await readTabCase(12)).toMatchObject({ status: 'ready', practice: gold });

  const stored = { caseId: 'C-200002', caseAt: 5, assessment: { caseId: 'C-200002' } };
  await writeTabAssessment(12, stored as never);
  expect((await attach()).assessment).toEqual(stored);

  // A failed check is not passed on: the panel asks and shows why.
  forgetAssignedSets();
  answer = () => Promise.reject(new TypeError('Failed to fetch'));
  await handleMessage(backgroundHandlers, { type: 'case:found', extraction }, tab as never);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(await practiceOf()).toBeUndefined();
});

const storedPractice = async () => {
  const state = await readTabCase(12);
  return state?.status === 'ready' ? state.practice : 'no case';
};
const mineCalls = () => calls.filter((url) => url.endsWith('/training/mine')).length;

test('sets held a while are fetched again as cases are found, still answering meanwhile', async () => {
  const caseUrl = 'http://127.0.0.1:4317/console/cases/C-200002';
  const tab = { id: 'test-extension-id', url: caseUrl, tab: { id: 12 }, frameId: 0 };
  const extraction = {
    adapterId: 'demo-console',
    case: { id: 'C-200002', console: 'demo-console', url: caseUrl, items: [] },
    missing: [],
  };
  const found = () =>
    handleMessage(backgroundHandlers, { type: 'case:found', extraction }, tab as never);
  const gold = { ok: true, practice: expect.objectContaining({ setId: 'gs-1' }) };
  await found();
  await vi.waitFor(() => expect(mineCalls()).toBe(1));
  await found();
  expect(await storedPractice()).toEqual(gold);

  // 11 s on: the trainer has since unassigned the set. The case found now still goes out with
  // the status held (the answer is not in yet), and starts the fetch that replaces it.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 11_000);
  let arrive: ((r: Response) => void) | undefined;
  answer = () => new Promise<Response>((resolve) => (arrive = resolve));
  await found();
  expect(await storedPractice()).toEqual(gold);
  await vi.waitFor(() => expect(mineCalls()).toBe(2));
  await found(); // one fetch at a time
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(mineCalls()).toBe(2);
  arrive?.(json({ sets: [] }));
  await vi.waitFor(async () => {
    await found();
    expect(await storedPractice()).toEqual({ ok: true, practice: null });
  });
  vi.useRealTimers();
});

const askMine = () =>
  handleMessage(backgroundHandlers, { type: 'training:mine' }, panel as never).finally(
    forgetAssignedSets,
  );

test('a training console address that is not http(s) never reaches the panel as a link', async () => {
  for (const consoleUrl of [
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'chrome-extension://abcdefghijklmnop/options.html',
  ]) {
    answer = () => json({ sets: [{ ...mine.sets[0], consoleUrl }] });
    const answered = (await askMine()) as ResponseMap['training:mine'];
    expect(answered.ok, consoleUrl).toBe(false);
    expect(JSON.stringify(answered)).not.toContain(consoleUrl.slice(0, 12));
  }
  answer = () =>
    json({
      sets: [{ ...mine.sets[0], consoleUrl: 'https://cases.test/console/training/sets/gs-1' }],
    });
  expect(await askMine()).toMatchObject({
    ok: true,
    sets: [{ consoleUrl: 'https://cases.test/console/training/sets/gs-1' }],
  });
});
