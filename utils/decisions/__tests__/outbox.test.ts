import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSecret } from '../../settings/secrets';
import { saveSettings } from '../../settings/storage';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { isDue } from '../delivery';
import { OUTBOX_ENTRY_VERSION } from '../outbox-entry';
import { deleteEntry, getEntry, listEntries, putEntry, updateEntry } from '../outbox-store';
import { deliver, discardDecision, submitDecision, undoDecision } from '../outbox-service';
import { makeDecision, recorded } from './fixtures';

type Call = { url: string; method: string; key: string | null; body: unknown };
let calls: Call[];
let answers: Array<() => Response>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
  calls = [];
  answers = [];
  fakeBrowser.permissions.contains = async () => true;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      key: new Headers(init.headers).get('idempotency-key'),
      body: JSON.parse(String(init.body)),
    });
    const answer = answers.shift();
    if (!answer) throw new TypeError('Failed to fetch');
    return answer();
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' });
  await writeSecret('caseApiToken', 'token');
  // One IndexedDB for the whole file: start every test from an empty outbox.
  for (const { decision } of (await listEntries()).entries) await deleteEntry(decision.id);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const created = (decisionId: string) => () =>
  new Response(JSON.stringify(recorded({ id: decisionId, reviewerId: 'rev-ana' })), {
    status: 201,
  });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    new Response('{}', { status: code, headers });
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

test('nothing is sent inside the undo window, and an undo there means it never leaves', async () => {
  const decision = makeDecision();
  await submitDecision(decision, 5000);
  await deliver();
  expect(calls).toEqual([]);
  expect(await undoDecision(decision.id)).toBe('removed');
  later(6000);
  await deliver();
  expect(calls).toEqual([]);
  expect(await getEntry(decision.id)).toBeUndefined();
});

test('after the window the decision is posted with its id as Idempotency-Key and marked delivered', async () => {
  const decision = makeDecision();
  await submitDecision(decision, 5000);
  later(5001);
  answers.push(created(decision.id));
  await deliver();
  expect(calls).toEqual([
    {
      url: 'https://cases.test/api/consoles/demo-console/cases/C-1001/decisions',
      method: 'POST',
      key: decision.id,
      body: decision,
    },
  ]);
  expect(await getEntry(decision.id)).toMatchObject({ state: 'delivered', attempts: 1 });
});

test('errors are retried with the same key after a backoff, until acknowledged', async () => {
  const decision = makeDecision();
  await submitDecision(decision, 0);
  answers.push(status(500), status(429, { 'retry-after': '30' }), created(decision.id));
  await deliver();
  expect(await getEntry(decision.id)).toMatchObject({
    state: 'queued',
    attempts: 1,
    lastError: { status: 500 },
  });
  later(2000);
  await deliver();
  expect(await getEntry(decision.id)).toMatchObject({
    state: 'queued',
    attempts: 2,
    lastError: { status: 429 },
  });
  later(10_000);
  await deliver();
  expect(calls).toHaveLength(2); // Retry-After: 30 s is honoured
  later(25_000);
  await deliver();
  expect(calls.map((c) => c.key)).toEqual([decision.id, decision.id, decision.id]);
  expect(await getEntry(decision.id)).toMatchObject({ state: 'delivered', attempts: 3 });
});

test('the case API being unreachable keeps the decision queued', async () => {
  const decision = makeDecision();
  await submitDecision(decision, 0);
  await deliver(); // fetch throws: nothing answers
  expect(await getEntry(decision.id)).toMatchObject({
    state: 'queued',
    lastError: { message: expect.stringContaining('cannot be reached') },
  });
});

test('without a sign-in token the decision waits for one instead of failing', async () => {
  await writeSecret('caseApiToken', '');
  const decision = makeDecision();
  await submitDecision(decision, 0);
  await deliver();
  expect(calls).toEqual([]);
  expect(await getEntry(decision.id)).toMatchObject({ state: 'needs-sign-in' });
});

test('a delivery cut off by the worker dying is taken up again by the next worker run', async () => {
  const decision = makeDecision();
  await submitDecision(decision, 60_000);
  await updateEntry(decision.id, (e) => ({
    ...e,
    state: 'sending',
    notBefore: 0,
    leaseHolder: 'a-dead-run',
    leaseUntil: Date.now() + 30_000,
  }));
  expect(isDue((await getEntry(decision.id))!, Date.now())).toBe(true);
  answers.push(created(decision.id));
  await deliver();
  expect(await getEntry(decision.id)).toMatchObject({ state: 'delivered' });
});

test('undo after delivery records a reversal instead of deleting anything', async () => {
  const decision = makeDecision();
  await submitDecision(decision, 0);
  answers.push(created(decision.id));
  await deliver();
  expect(await undoDecision(decision.id)).toBe('reversal-queued');
  await deliver(); // the reversal goes at once; nothing answers, so it waits to be retried
  const reversal = (await listEntries()).entries.find((e) => e.decision.reverses === decision.id);
  expect(reversal).toMatchObject({
    state: 'queued',
    attempts: 1,
    decision: { caseId: 'C-1001', action: 'remove' },
  });
  expect(calls.map((c) => c.key)).toEqual([decision.id, reversal?.decision.id]);
  expect(await getEntry(decision.id)).toMatchObject({ state: 'delivered' });
});

test('a refused decision can be discarded only as itself, and a delivered one never', async () => {
  const refused = makeDecision();
  await submitDecision(refused, 0);
  answers.push(status(422));
  await deliver();
  expect(await getEntry(refused.id)).toMatchObject({ state: 'failed' });
  expect(await discardDecision(refused.id)).toBe(true);
  expect(await getEntry(refused.id)).toBeUndefined();

  const delivered = makeDecision();
  await putEntry({
    v: OUTBOX_ENTRY_VERSION,
    writebacks: [],
    decision: delivered,
    state: 'delivered',
    createdAt: 0,
    notBefore: 0,
    nextAttemptAt: 0,
    attempts: 1,
  });
  expect(await discardDecision(delivered.id)).toBe(false);
});

test('once the case API acknowledges again, decisions backed off after errors go at once; 429 waits stay', async () => {
  const afterErrors = makeDecision();
  const rateLimited = makeDecision();
  await submitDecision(afterErrors, 0);
  await submitDecision(rateLimited, 0);
  await updateEntry(afterErrors.id, (e) => ({
    ...e,
    nextAttemptAt: Date.now() + 120_000,
    attempts: 7,
    lastError: { status: 500, message: '500', at: 0 },
  }));
  await updateEntry(rateLimited.id, (e) => ({
    ...e,
    nextAttemptAt: Date.now() + 120_000,
    attempts: 1,
    lastError: { status: 429, message: '429', at: 0 },
  }));
  const fresh = makeDecision();
  answers.push(created(fresh.id), created(afterErrors.id));
  await submitDecision(fresh, 0);
  await deliver();
  expect(await getEntry(fresh.id)).toMatchObject({ state: 'delivered' });
  expect(await getEntry(afterErrors.id)).toMatchObject({ state: 'delivered' });
  expect(await getEntry(rateLimited.id)).toMatchObject({ state: 'queued', attempts: 1 });
});
