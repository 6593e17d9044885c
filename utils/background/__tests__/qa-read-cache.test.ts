import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeDecision, recorded } from '../../decisions/__tests__/fixtures';
import { deleteEntry, listEntries } from '../../decisions/outbox-store';
import { deliver, submitDecision } from '../../decisions/outbox-service';
import { QA_READ_TTL_MS, forgetQaReads } from '../../qa/qa-read-cache';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { handleQaPanel as panel } from '../qa-handlers';

/** Requests per case opened: the QA queue and recent results are read once per TTL. */

const SAMPLE = {
  decisionId: '11111111-1111-4111-8111-111111111111',
  console: 'zendesk',
  caseId: 'Z-1',
  reason: 'percent',
  sampledAt: '2026-12-07T10:00:00.000Z',
  snapshot: 'kept',
};
let requests: string[];
let failNext = false;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetQaReads();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
  requests = [];
  fakeBrowser.permissions.contains = async () => true;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const path = new URL(url).pathname.replace(/^\/api/, '');
    requests.push(`${init.method ?? 'GET'} ${path}`);
    if (failNext) {
      failNext = false;
      return new Response('{}', { status: 503 });
    }
    if (path === '/qa/queue') return Response.json({ items: [SAMPLE] });
    if (path === '/qa/results') return Response.json({ results: [] });
    if (path.endsWith('/review'))
      return Response.json({ error: { code: 'x', message: 'no' } }, { status: 422 });
    const sent = JSON.parse(String(init.body)) as { id: string; mode: 'live' | 'qa' };
    return Response.json(recorded({ id: sent.id, mode: sent.mode }), { status: 201 });
  });
  await saveSettings({ ...DEFAULT_SETTINGS, caseApiUrl: 'https://cases.test/api' });
  await writeSecret('caseApiToken', 'qa-token');
  for (const { decision } of (await listEntries()).entries) await deleteEntry(decision.id);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** What a panel asks when it shows a case: is it a QA item, and the footer's two lines. */
const openCase = (caseId: string) =>
  Promise.all([
    panel({ op: 'item', console: 'zendesk', caseId }),
    panel({ op: 'queue' }),
    panel({ op: 'results' }),
  ]);
const qaReads = () => requests.filter((r) => r.startsWith('GET /qa/'));

test('panels opening together share one read; a second case within the TTL sends none', async () => {
  const [item] = await openCase('Z-1');
  expect(item).toMatchObject({ ok: true, item: { decisionId: SAMPLE.decisionId } });
  expect(qaReads()).toEqual(['GET /qa/queue', 'GET /qa/results']);
  await Promise.all([openCase('Z-2'), openCase('Z-1')]);
  expect(qaReads()).toHaveLength(2);
  vi.setSystemTime(Date.now() + QA_READ_TTL_MS + 1);
  await openCase('Z-3');
  expect(qaReads()).toHaveLength(4);
});

test('a review or a dispute from this browser refreshes the queue and the results', async () => {
  await openCase('Z-1');
  const review = { qaDecisionId: SAMPLE.decisionId, scores: {} };
  await panel({ op: 'review', decisionId: SAMPLE.decisionId, review });
  await openCase('Z-1');
  expect(qaReads()).toHaveLength(4);
  await panel({ op: 'dispute', decisionId: SAMPLE.decisionId, dispute: { reason: 'why' } });
  await openCase('Z-1');
  expect(qaReads()).toHaveLength(6);
});

test('a QA decision delivered from this browser refreshes them; a live one does not', async () => {
  await openCase('Z-1');
  await submitDecision(makeDecision({ caseId: 'Z-1', console: 'zendesk', mode: 'live' }), 0);
  await deliver();
  await openCase('Z-1');
  expect(qaReads()).toHaveLength(2);
  await submitDecision(makeDecision({ caseId: 'Z-1', console: 'zendesk', mode: 'qa' }), 0);
  await deliver();
  expect(requests.filter((r) => r.startsWith('POST /consoles/'))).toHaveLength(2);
  await openCase('Z-1');
  expect(qaReads()).toHaveLength(4);
});

test('another account reads its own; a failed read is not kept', async () => {
  await openCase('Z-1');
  await writeSecret('caseApiToken', 'reviewer-token');
  await openCase('Z-1');
  expect(qaReads()).toHaveLength(4);
  forgetQaReads();
  failNext = true;
  expect(await panel({ op: 'queue' })).toMatchObject({ ok: false });
  expect(await panel({ op: 'queue' })).toMatchObject({ ok: true, items: [SAMPLE] });
  expect(qaReads()).toHaveLength(6);
});
