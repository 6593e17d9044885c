import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { CaseApiSession } from '../../case-api/client';
import { batchesAllowed, batchGroups, sendBatch } from '../delivery-batch';
import { outcomeOf } from '../delivery-outcome';
import { OUTBOX_ENTRY_VERSION, type OutboxEntry } from '../outbox-entry';
import { DECISION_BATCH_MAX } from '../schema';
import { makeDecision, recorded } from './fixtures';

const entry = (change: Parameters<typeof makeDecision>[0] = {}): OutboxEntry => ({
  v: OUTBOX_ENTRY_VERSION,
  writebacks: [],
  decision: makeDecision(change),
  state: 'sending',
  createdAt: 0,
  notBefore: 0,
  nextAttemptAt: 0,
  attempts: 1,
});

let session: CaseApiSession;
let requests: Array<{ url: string; body: unknown }>;
let answer: () => Response | Promise<Response>;

beforeEach(() => {
  // Each test its own base URL: "this server has no batches" is remembered per server.
  session = {
    baseUrl: `https://cases-${crypto.randomUUID()}.test/api`,
    token: 't',
    permitted: true,
    transport: { ok: true },
  };
  requests = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ url, body: JSON.parse(String(init.body)) });
    return answer();
  });
});
afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });
const error = (code: string, message = code) => ({ error: { code, message } });
const result = (key: string | null, status: number, body: unknown, extra = {}) => ({
  idempotencyKey: key,
  status,
  body,
  ...extra,
});

test('sends every decision with its own key, and maps each result as a single answer', async () => {
  const entries = Array.from({ length: 7 }, () => entry());
  const ids = entries.map((e) => e.decision.id);
  const standing = recorded();
  const bodies: Array<[number, unknown, object?]> = [
    [201, recorded({ id: ids[0] })],
    [200, recorded({ id: ids[1] })],
    [409, error('in_flight'), { retryAfterSeconds: 1 }],
    [409, { error: { code: 'already_decided', message: 'Ben decided', decision: standing } }],
    [422, error('invalid_decision', 'note is required')],
    [403, error('forbidden', 'not yours')],
    [500, error('internal', 'Internal server error.')],
  ];
  answer = () =>
    json(200, {
      results: bodies.map(([status, body, extra], i) => result(ids[i]!, status, body, extra)),
    });

  const outcomes = await sendBatch(entries, session);

  expect(requests).toEqual([
    {
      url: `${session.baseUrl}/decisions/batch`,
      body: {
        items: entries.map((e) => ({ idempotencyKey: e.decision.id, decision: e.decision })),
      },
    },
  ]);
  // Exactly what the same answers to single POSTs map to.
  const singly = await Promise.all(
    bodies.map(([status, body, extra]) => {
      const wait = (extra as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      return outcomeOf(json(status, body, wait ? { 'retry-after': String(wait) } : {}));
    }),
  );
  expect(ids.map((id) => outcomes?.get(id))).toEqual(singly);
  expect(ids.map((id) => outcomes?.get(id)?.kind)).toEqual([
    'delivered',
    'delivered',
    'retry',
    'conflict',
    'failed',
    'needs-sign-in',
    'retry',
  ]);
  expect(outcomes?.get(ids[2]!)).toMatchObject({ serverWaitMs: 1000 });
  expect(outcomes?.get(ids[4]!)).toMatchObject({
    message: expect.stringContaining('note is required'),
  });
});

test('a decision the answer does not account for is sent again, never taken as delivered', async () => {
  const [a, b, c] = [entry(), entry(), entry()];
  answer = () =>
    json(200, {
      results: [result(a.decision.id, 201, recorded()), result('someone-else', 201, recorded())],
    });
  const outcomes = await sendBatch([a, b, c], session);
  expect([a, b, c].map((e) => outcomes?.get(e.decision.id)?.kind)).toEqual([
    'delivered',
    'retry',
    'retry',
  ]);

  answer = () => new Response('<html>proxy says ok</html>', { status: 200 });
  const unreadable = await sendBatch([a, b], session);
  expect([a, b].map((e) => unreadable?.get(e.decision.id)?.kind)).toEqual(['retry', 'retry']);
});

test.each([
  [
    '429 with Retry-After',
    () => json(429, error('rate_limited'), { 'retry-after': '7' }),
    { kind: 'retry', status: 429, serverWaitMs: 7000 },
  ],
  ['500', () => json(500, error('injected_fault')), { kind: 'retry', status: 500 }],
  ['401', () => json(401, error('unauthorized')), { kind: 'needs-sign-in', status: 401 }],
  ['no answer at all', () => Promise.reject(new TypeError('Failed to fetch')), { kind: 'retry' }],
])(
  'a refusal of the whole batch (%s) applies to every decision in it',
  async (_name, respond, expected) => {
    answer = respond;
    const entries = [entry(), entry()];
    const outcomes = await sendBatch(entries, session);
    for (const e of entries) expect(outcomes?.get(e.decision.id)).toMatchObject(expected);
    expect(batchesAllowed(session)).toBe(true);
  },
);

test('a server without the batch route (404) gets single POSTs, and is not asked again for a while', async () => {
  answer = () => json(404, error('not_found', 'No API route POST /api/decisions/batch.'));
  expect(await sendBatch([entry(), entry()], session)).toBeUndefined();
  expect(batchesAllowed(session)).toBe(false);
  expect(batchesAllowed(session, Date.now() + 11 * 60_000)).toBe(true);
});

test('a batch refused as such (413, 422) is sent one by one, batches still allowed later', async () => {
  for (const status of [413, 422, 400]) {
    answer = () => json(status, error('payload_too_large'));
    expect(await sendBatch([entry(), entry()], session)).toBeUndefined();
  }
  expect(batchesAllowed(session)).toBe(true);
});

test('batches stay within the item limit and the size limit, in order', () => {
  const many = Array.from({ length: DECISION_BATCH_MAX * 2 + 5 }, () => entry());
  expect(batchGroups(many).map((g) => g.length)).toEqual([
    DECISION_BATCH_MAX,
    DECISION_BATCH_MAX,
    5,
  ]);
  expect(batchGroups(many).flat()).toEqual(many);

  const wordy = Array.from({ length: 300 }, () => entry({ note: 'x'.repeat(5000) }));
  const groups = batchGroups(wordy);
  for (const group of groups) {
    expect(
      JSON.stringify({
        items: group.map((e) => ({ idempotencyKey: e.decision.id, decision: e.decision })),
      }).length,
    ).toBeLessThan(512 * 1024 + 1024);
  }
  expect(groups.flat()).toEqual(wordy);
  expect(groups.length).toBeGreaterThan(2);
});
