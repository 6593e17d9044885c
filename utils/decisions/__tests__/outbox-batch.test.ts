import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSecret } from '../../settings/secrets';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { saveSettings } from '../../settings/storage';
import { deleteEntry, getEntry, listEntries, updateEntries, viewEntries } from '../outbox-store';
import { deliveryIdle, deliverNow } from '../delivery';
import { deliver, retryDecisions, submitDecision } from '../outbox-service';
import { makeDecision, recorded } from './fixtures';

/** The outbox with several decisions due at once: they travel in batches. */
type Call = { url: string; key: string | null; body: unknown };
let calls: Call[];
let answers: Array<(call: Call) => Response>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
  calls = [];
  answers = [];
  fakeBrowser.permissions.contains = async () => true;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const call = {
      url,
      key: new Headers(init.headers).get('idempotency-key'),
      body: JSON.parse(String(init.body)),
    };
    calls.push(call);
    const answer = answers.shift();
    if (!answer) throw new TypeError('Failed to fetch');
    return answer(call);
  });
  // Each test its own case API: "no batches here" is remembered per server.
  await saveSettings({
    ...DEFAULT_SETTINGS,
    caseApiUrl: `https://${crypto.randomUUID()}.test/api`,
  });
  await writeSecret('caseApiToken', 'token');
  for (const { decision } of (await listEntries()).entries) await deleteEntry(decision.id);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const itemsOf = (call: Call) =>
  (call.body as { items: Array<{ idempotencyKey: string; decision: { id: string } }> }).items;
/** Answers a batch item by item: `status(id)` says what each decision gets. */
const batchAnswer = (status: (id: string) => number) => (call: Call) =>
  json(200, {
    results: itemsOf(call).map(({ idempotencyKey }) => {
      const code = status(idempotencyKey);
      const body =
        code < 300
          ? recorded({ id: idempotencyKey, reviewerId: 'rev-ana' })
          : { error: { code: 'invalid_decision', message: 'note is required' } };
      return { idempotencyKey, status: code, body };
    }),
  });

const notFound = () => json(404, { error: { code: 'not_found', message: 'No API route' } });
const created = (call: Call) => json(201, recorded({ id: call.key ?? '', reviewerId: 'rev-ana' }));

/** Three decisions that became due together, after their undo window. */
async function threeDue() {
  const decisions = [makeDecision(), makeDecision(), makeDecision()];
  for (const d of decisions) {
    await submitDecision(d, 5000);
    later(1); // oldest first
  }
  later(5001);
  return decisions;
}

test('decisions due together go in one batch, each under its own key, and are delivered', async () => {
  const decisions = await threeDue();
  answers.push(batchAnswer(() => 201));
  await deliver();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.url).toMatch(/\/api\/decisions\/batch$/);
  expect(itemsOf(calls[0]!)).toEqual(decisions.map((d) => ({ idempotencyKey: d.id, decision: d })));
  for (const d of decisions) {
    expect(await getEntry(d.id)).toMatchObject({ state: 'delivered', attempts: 1 });
  }
});

test("each decision takes its own item's result", async () => {
  const [good, refused, alsoGood] = await threeDue();
  answers.push(batchAnswer((id) => (id === refused!.id ? 422 : 201)));
  await deliver();
  expect(await getEntry(good!.id)).toMatchObject({ state: 'delivered' });
  expect(await getEntry(alsoGood!.id)).toMatchObject({ state: 'delivered' });
  expect(await getEntry(refused!.id)).toMatchObject({
    state: 'failed',
    lastError: { status: 422, message: expect.stringContaining('note is required') },
  });
});

test('a batch refused as a whole is retried later with the same keys', async () => {
  const decisions = await threeDue();
  answers.push(() => json(500, { error: { code: 'internal', message: 'down' } }));
  await deliver();
  for (const d of decisions) {
    expect(await getEntry(d.id)).toMatchObject({ state: 'queued', lastError: { status: 500 } });
  }
  answers.push(batchAnswer(() => 201));
  await retryDecisions(decisions.map((d) => d.id));
  await deliver();
  expect(calls.map((c) => itemsOf(c).map((i) => i.idempotencyKey))).toEqual([
    decisions.map((d) => d.id),
    decisions.map((d) => d.id),
  ]);
  for (const d of decisions) expect(await getEntry(d.id)).toMatchObject({ state: 'delivered' });
});

test('a case API without the batch route gets single POSTs, then no more batch attempts', async () => {
  const first = await threeDue();
  answers.push(notFound, created, created, created);
  await deliver();
  expect(calls.map((c) => c.url.replace(/^.*\/api/, ''))).toEqual([
    '/decisions/batch',
    ...first.map(() => '/consoles/demo-console/cases/C-1001/decisions'),
  ]);
  expect(
    calls
      .slice(1)
      .map((c) => c.key)
      .toSorted(),
  ).toEqual(first.map((d) => d.id).toSorted());
  for (const d of first) expect(await getEntry(d.id)).toMatchObject({ state: 'delivered' });

  calls = [];
  const second = await threeDue();
  answers.push(created, created, created);
  await deliver();
  expect(calls.map((c) => c.key).toSorted()).toEqual(second.map((d) => d.id).toSorted());
});

test('the outbox view follows every write without reading the store again', async () => {
  const decisions = await threeDue();
  await listEntries();
  answers.push(batchAnswer((id) => (id === decisions[0]!.id ? 422 : 201)));
  await deliver();
  await updateEntries([decisions[1]!.id], (e) => ({ ...e, attempts: 9 }));
  await deleteEntry(decisions[2]!.id);
  await submitDecision(makeDecision(), 60_000);
  const shown = await viewEntries();
  expect(shown).toEqual(await listEntries());
  expect(shown.entries.map((e) => e.state)).toEqual(['failed', 'delivered', 'queued']);
});

test('one decision goes at once; those asked for meanwhile follow together in a batch', async () => {
  const [first, ...others] = await threeDue();
  const fourth = makeDecision();
  await submitDecision(fourth, 5000);
  later(5001);
  answers.push(
    (call) => json(201, recorded({ id: call.key ?? '', reviewerId: 'rev-ana' })),
    batchAnswer(() => 201),
  );
  void deliverNow([first!.id]);
  void deliverNow([...others, fourth].map((d) => d.id));
  await deliveryIdle();
  expect(calls.map((c) => [c.url.replace(/^.*\/api/, ''), c.key])).toEqual([
    ['/consoles/demo-console/cases/C-1001/decisions', first!.id],
    ['/decisions/batch', null],
  ]);
  expect(itemsOf(calls[1]!).map((i) => i.idempotencyKey)).toEqual(
    [...others, fourth].map((d) => d.id),
  );
  for (const d of [first!, ...others, fourth]) {
    expect(await getEntry(d.id)).toMatchObject({ state: 'delivered' });
  }
});
