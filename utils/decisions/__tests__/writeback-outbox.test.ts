import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { redmineWriterPreset } from '../../case/presets/redmine-writer';
import { writerSchema } from '../../case/writer/schema';
import { removeWriter, saveWriter, writeWriterSecret } from '../../case/writer/store';
import { startTicketConsole, type TicketConsole } from '../../case/writer/__tests__/ticket-console';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { listAudit } from '../audit-log';
import { readEntry } from '../outbox-entry';
import { deleteEntry, getEntry, listEntries, updateEntry } from '../outbox-store';
import { deliver, submitDecision, undoDecision } from '../outbox-service';
import { writebacksIdle } from '../writeback-delivery';
import { retryWritebacksFor } from '../writeback-service';
import { makeDecision, recorded } from './fixtures';

let ticketConsole: TicketConsole;
let caseApi: Array<() => Response>;
const realFetch = globalThis.fetch;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
  fakeBrowser.permissions.contains = async () => true;
  caseApi = [];
  // The case API is answered here; the console is a real HTTP server.
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (!url.startsWith('https://cases.test')) return realFetch(url, init);
    const body = JSON.parse(String(init.body)) as { id: string };
    return (caseApi.shift() ?? created(body.id))();
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' });
  await writeSecret('caseApiToken', 'token');
  for (const { decision } of (await listEntries()).entries) await deleteEntry(decision.id);
  ticketConsole = await startTicketConsole();
  await saveWriter(writerSchema.parse(redmineWriterPreset(ticketConsole.url)));
  await writeWriterSecret('redmine', {
    kind: 'token',
    token: 'test-key',
    origin: ticketConsole.url,
  });
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await removeWriter('redmine');
  await ticketConsole.close();
});

const created = (id: string) => () =>
  new Response(JSON.stringify(recorded({ id, reviewerId: 'rev-ana' })), { status: 201 });
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const redmineDecision = () => makeDecision({ console: 'redmine', caseId: '4' });
async function settle() {
  await deliver();
  await writebacksIdle();
}
const writeback = async (id: string) => (await getEntry(id))?.writebacks[0];

test('the case API first, then one note in the console, each with its own state', async () => {
  const decision = redmineDecision();
  await submitDecision(decision, 0);
  await settle();

  const entry = await getEntry(decision.id);
  expect(entry?.state).toBe('delivered');
  expect(entry?.writebacks).toEqual([
    expect.objectContaining({ writerName: 'Redmine', state: 'delivered', result: 'note #100' }),
  ]);
  expect(ticketConsole.journals.get('4')).toHaveLength(1);
  expect(ticketConsole.journals.get('4')![0]!.notes).toContain(
    'Caselight decision: Remove content',
  );
});

test('decisions of other consoles get no write-back', async () => {
  const decision = makeDecision({ console: 'demo-console' });
  await submitDecision(decision, 0);
  await settle();
  expect((await getEntry(decision.id))?.writebacks).toEqual([]);
  expect(ticketConsole.requests).toEqual([]);
});

test('a decision the case API refuses never reaches the console', async () => {
  const decision = redmineDecision();
  caseApi.push(
    () => new Response(JSON.stringify({ error: { code: 'x', message: 'bad' } }), { status: 422 }),
  );
  await submitDecision(decision, 0);
  await settle();
  expect(await writeback(decision.id)).toMatchObject({ state: 'waiting' });
  expect(ticketConsole.requests).toEqual([]);
});

test('undo inside the window sends nothing anywhere', async () => {
  const decision = redmineDecision();
  await submitDecision(decision, 5000);
  expect(await undoDecision(decision.id)).toBe('removed');
  later(6000);
  await settle();
  expect(ticketConsole.requests).toEqual([]);
});

test('a retry after an answer lost in a 500 finds the note and does not post it again', async () => {
  const decision = redmineDecision();
  ticketConsole.fail(1, 500, { afterWrite: true });
  await submitDecision(decision, 0);
  await settle();
  expect(await writeback(decision.id)).toMatchObject({
    state: 'queued',
    uncertain: true,
    lastError: { status: 500 },
  });

  later(120_000);
  await settle();
  expect(await writeback(decision.id)).toMatchObject({ state: 'delivered', result: 'note #100' });
  expect(ticketConsole.journals.get('4')).toHaveLength(1);
});

test('a write-back whose worker died mid-request is looked up before it is sent again', async () => {
  const decision = redmineDecision();
  await submitDecision(decision, 0);
  await settle();
  // As if the worker had died after the console took the note but before it was recorded.
  await updateEntry(decision.id, (e) => ({
    ...e,
    writebacks: e.writebacks.map((w) => ({
      ...w,
      state: 'sending',
      leaseHolder: 'dead-run',
      leaseUntil: 0,
      progress: { next: 0, captured: {} },
    })),
  }));
  await settle();
  expect(await writeback(decision.id)).toMatchObject({ state: 'delivered', result: 'note #100' });
  expect(ticketConsole.journals.get('4')).toHaveLength(1);
});

test("a gone ticket fails with the console's words and is kept in the audit log", async () => {
  const decision = makeDecision({ console: 'redmine', caseId: '404' });
  await submitDecision(decision, 0);
  await settle();
  expect(await writeback(decision.id)).toMatchObject({
    state: 'failed',
    lastError: { status: 404, message: expect.stringContaining('Not found') },
  });
  expect(await listAudit()).toContainEqual(
    expect.objectContaining({ what: 'writeback-failed', decisionId: decision.id }),
  );
});

test('refused credentials wait for sign-in; saving them sends at once', async () => {
  await writeWriterSecret('redmine', { kind: 'token', token: 'wrong', origin: ticketConsole.url });
  const decision = redmineDecision();
  await submitDecision(decision, 0);
  await settle();
  expect(await writeback(decision.id)).toMatchObject({
    state: 'needs-sign-in',
    lastError: { status: 401 },
  });

  await writeWriterSecret('redmine', {
    kind: 'token',
    token: 'test-key',
    origin: ticketConsole.url,
  });
  await retryWritebacksFor('redmine');
  await writebacksIdle();
  expect(await writeback(decision.id)).toMatchObject({ state: 'delivered' });
});

test('Reverse after delivery writes the reversal; before the write-back it cancels it instead', async () => {
  const decision = redmineDecision();
  await submitDecision(decision, 0);
  await settle();
  expect(await undoDecision(decision.id)).toBe('reversal-queued');
  await settle();
  const reversal = (await listEntries()).entries.find((e) => e.decision.reverses === decision.id)!;
  expect(reversal.writebacks).toEqual([expect.objectContaining({ state: 'delivered' })]);
  expect(ticketConsole.journals.get('4')).toHaveLength(2);

  const unsent = redmineDecision();
  ticketConsole.fail(1, 503);
  await submitDecision(unsent, 0);
  await settle();
  expect(await writeback(unsent.id)).toMatchObject({ state: 'queued' });
  await undoDecision(unsent.id);
  await settle();
  expect(await writeback(unsent.id)).toMatchObject({ state: 'cancelled' });
  const second = (await listEntries()).entries.find((e) => e.decision.reverses === unsent.id)!;
  expect(second.writebacks).toEqual([]);
  expect(ticketConsole.journals.get('4')).toHaveLength(2);
});

test('an entry from before write-backs is read with none', () => {
  const old = {
    v: 1,
    decision: makeDecision(),
    state: 'queued',
    createdAt: 0,
    notBefore: 0,
    nextAttemptAt: 0,
    attempts: 0,
  };
  expect(readEntry(old)).toEqual({ entry: { ...old, v: 2, writebacks: [] } });
});

test('a console the browser does not allow gets nothing, and the write-back says why', async () => {
  // The case API's site is allowed; the console's is not.
  fakeBrowser.permissions.contains = async ({ origins }) =>
    (origins ?? []).every((origin) => origin.startsWith('https://cases.test'));
  const decision = redmineDecision();
  await submitDecision(decision, 0);
  await settle();
  expect(await writeback(decision.id)).toMatchObject({
    state: 'needs-sign-in',
    lastError: { message: expect.stringContaining('Caselight may not reach') },
  });
  expect(ticketConsole.requests).toEqual([]);
});
