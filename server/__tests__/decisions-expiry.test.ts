import { describe, expect, it, vi } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { recordedDecisionSchema } from '../../utils/decisions/schema';
import { requestFingerprint } from '../decisions/canonical-json';
import { claimKey } from '../db/idempotency-keys';
import { ABANDONED_AFTER_MS, DEMO_USERS, KEY_RETENTION_MS } from '../index';
import { makeDecision, manualClock, useDecisionServer } from './decision-fixtures';

const clock = manualClock();
const { post, server, recordCount } = useDecisionServer({ clock: clock.now });

const keyCount = (key: string) =>
  server().db.prepare('SELECT COUNT(*) FROM idempotency_keys WHERE key = ?').pluck().get(key);

describe('idempotency key retention', () => {
  it('replays for 24 hours, then purges the key lazily; the id still records once', async () => {
    const decision = makeDecision({ caseId: 'C-1001' });
    const first = await post(decision);
    expect(first.status).toBe(201);
    const firstBody = recordedDecisionSchema.parse(await first.json());

    clock.advance(KEY_RETENTION_MS - 60_000);
    const replay = await post(decision);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    clock.advance(2 * 60_000);
    // Any decision POST purges expired keys.
    expect((await post(makeDecision({ caseId: 'C-1002', mode: 'qa' }))).status).toBe(201);
    expect(keyCount(decision.id)).toBe(0);

    // The decision itself is permanent: a late retry is acknowledged, not recorded again…
    const late = await post(decision);
    expect(late.status).toBe(200);
    expect(late.headers.get('idempotent-replayed')).toBeNull();
    expect(recordedDecisionSchema.parse(await late.json())).toEqual(firstBody);
    expect(recordCount(decision.id)).toBe(1);

    // …and its id cannot be reused for another decision.
    clock.advance(KEY_RETENTION_MS + 1);
    const other = await post({ ...decision, action: 'ban' });
    expect(other.status).toBe(422);
    expect(apiErrorSchema.parse(await other.json()).error.code).toBe('idempotency_key_reused');
  });
});

/** What a request that crashed after reserving its key leaves behind. */
function crashedRequest(decision: ReturnType<typeof makeDecision>) {
  const path = `/api/cases/${decision.caseId}/decisions`;
  const claim = claimKey(server().db, {
    key: decision.id,
    userId: DEMO_USERS.reviewer.id,
    fingerprint: requestFingerprint('POST', path, JSON.parse(JSON.stringify(decision))),
    nowMs: clock.now().getTime(),
  });
  expect(claim.kind).toBe('reserved');
}

describe('abandoned reservations', () => {
  it('answers in_flight for up to 60 s, then lets a retry take the key over', async () => {
    const decision = makeDecision({ caseId: 'C-1003' });
    crashedRequest(decision);

    clock.advance(ABANDONED_AFTER_MS - 1000);
    const early = await post(decision);
    expect(early.status).toBe(409);
    expect(apiErrorSchema.parse(await early.json()).error.code).toBe('in_flight');

    clock.advance(2000);
    const retry = await post(decision);
    expect(retry.status).toBe(201);
    expect(recordCount(decision.id)).toBe(1);
    expect((await post(decision)).headers.get('idempotent-replayed')).toBe('true');
  });

  it('frees the key at once when processing fails, so a retry is not stuck', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A corrupt stored decision makes the conflict check throw for this case.
    server()
      .db.prepare(
        `INSERT INTO decisions (id, case_id, reviewer_id, reviewer_name, mode, decided_at,
           received_at, decision) VALUES ('bad', 'C-1004', 'x', 'x', 'live', '', '', '{}')`,
      )
      .run();
    const decision = makeDecision({ caseId: 'C-1004' });
    const response = await post(decision);
    expect(response.status).toBe(500);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(keyCount(decision.id)).toBe(0);
    expect(recordCount(decision.id)).toBe(0);
  });
});
