import { expect, test } from 'vitest';
import { applyOutcome, outcomeOf } from '../delivery-outcome';
import { OUTBOX_ENTRY_VERSION, readEntry, type OutboxEntry } from '../outbox-entry';
import { makeDecision, recorded } from './fixtures';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const error = (code: string, message = code) => ({ error: { code, message } });

test.each([
  ['201 is delivered', json(201, recorded()), { kind: 'delivered' }],
  [
    '2xx with an odd body is still delivered',
    json(200, { odd: true }),
    { kind: 'delivered', recorded: undefined },
  ],
  [
    '409 in flight is retried after Retry-After',
    json(409, error('in_flight'), { 'retry-after': '1' }),
    { kind: 'retry', serverWaitMs: 1000 },
  ],
  [
    '409 already decided is a conflict to show',
    json(409, { error: { code: 'already_decided', message: 'Ben decided', decision: recorded() } }),
    { kind: 'conflict', message: 'Ben decided' },
  ],
  [
    '422 fails with the server message',
    json(422, error('invalid', 'note is required')),
    { kind: 'failed', status: 422 },
  ],
  ['400 fails', json(400, error('bad_request')), { kind: 'failed', status: 400 }],
  [
    '401 asks to sign in again',
    json(401, error('unauthorized')),
    { kind: 'needs-sign-in', status: 401 },
  ],
  [
    '403 asks to sign in again',
    json(403, error('forbidden')),
    { kind: 'needs-sign-in', status: 403 },
  ],
  [
    '429 is retried, honouring Retry-After',
    json(429, error('rate_limited'), { 'retry-after': '7' }),
    { kind: 'retry', status: 429, serverWaitMs: 7000 },
  ],
  ['500 is retried', json(500, error('internal')), { kind: 'retry', status: 500 }],
  [
    '503 with a non-JSON body is retried',
    new Response('<html>down</html>', { status: 503 }),
    { kind: 'retry', status: 503 },
  ],
])('%s', async (_name, response, expected) => {
  expect(await outcomeOf(response)).toMatchObject(expected);
});

const entry = (change: Partial<OutboxEntry> = {}): OutboxEntry => ({
  v: OUTBOX_ENTRY_VERSION,
  writebacks: [],
  decision: makeDecision(),
  state: 'sending',
  createdAt: 0,
  notBefore: 0,
  nextAttemptAt: 0,
  attempts: 3,
  leaseUntil: 30_000,
  leaseHolder: 'run',
  ...change,
});

test('a retry goes back to the queue after a backoff no shorter than the server asked', () => {
  const next = applyOutcome(
    entry(),
    { kind: 'retry', message: '429', status: 429, serverWaitMs: 7000 },
    1000,
    () => 0,
  );
  expect(next).toMatchObject({
    state: 'queued',
    nextAttemptAt: 8000,
    attempts: 3,
    leaseUntil: undefined,
  });
  expect(next.lastError).toEqual({ status: 429, message: '429', at: 1000 });
});

test('delivered, failed, needs-sign-in and conflict are recorded with what the reviewer needs', () => {
  expect(
    applyOutcome(entry(), { kind: 'delivered', recorded: recorded() }, 5, () => 0),
  ).toMatchObject({ state: 'delivered', deliveredAt: 5 });
  expect(applyOutcome(entry(), { kind: 'failed', status: 422, message: 'bad' }, 5)).toMatchObject({
    state: 'failed',
    lastError: { status: 422 },
  });
  expect(applyOutcome(entry(), { kind: 'needs-sign-in', message: 'x' }, 5)).toMatchObject({
    state: 'needs-sign-in',
    nextAttemptAt: 300_005,
  });
  expect(
    applyOutcome(entry(), { kind: 'conflict', message: 'x', existing: recorded() }, 5),
  ).toMatchObject({ state: 'conflict', conflictWith: { reviewerName: 'Ben Okafor' } });
});

test('stored entries are read back; ones from an unknown version are reported, not dropped', () => {
  const stored = entry();
  expect(readEntry(stored)).toEqual({ entry: stored });
  expect(readEntry({ ...entry(), v: 99 })).toEqual({
    unreadable: expect.stringContaining('outbox entry v99'),
  });
  expect(readEntry(null)).toHaveProperty('unreadable');
});
