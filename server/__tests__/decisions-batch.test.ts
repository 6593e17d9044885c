import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import {
  alreadyDecidedSchema,
  DECISION_BATCH_MAX,
  decisionBatchAnswerSchema,
  recordedDecisionSchema,
} from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS } from '../index';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { get, post, postBatch, recordCount } = useDecisionServer();

/** The batch answer, checked against the contract; results in the order of the items. */
async function resultsOf(response: Response) {
  expect(response.status).toBe(200);
  return decisionBatchAnswerSchema.parse(await response.json()).results;
}

const codeOf = (body: unknown) => apiErrorSchema.parse(body).error.code;

/** Training mode, so any number of them can land on one case. */
const practice = (caseId = 'C-1001') => makeDecision({ caseId, mode: 'training' });

describe('POST /api/decisions/batch', () => {
  it('records every decision, answering each as its single POST would', async () => {
    const decisions = [practice('C-1001'), practice('C-1002'), practice('C-1003')];
    const results = await resultsOf(await postBatch(decisions));
    expect(results.map((r) => [r.idempotencyKey, r.status, r.replayed])).toEqual(
      decisions.map((d) => [d.id, 201, undefined]),
    );
    for (const [i, d] of decisions.entries()) {
      expect(recordedDecisionSchema.parse(results[i]!.body)).toMatchObject({
        ...d,
        reviewerName: DEMO_USERS.reviewer.name,
      });
      expect(recordCount(d.id)).toBe(1);
    }
  });

  it('replays each item: same answer, replayed, recorded once', async () => {
    const decisions = [practice(), practice()];
    const first = await resultsOf(await postBatch(decisions));
    const again = await resultsOf(await postBatch(decisions));
    expect(again.map((r) => r.replayed)).toEqual([true, true]);
    expect(again.map((r) => [r.status, r.body])).toEqual(first.map((r) => [r.status, r.body]));
    for (const d of decisions) expect(recordCount(d.id)).toBe(1);
  });

  it('shares keys with the single POST: a decision sent through both is one request', async () => {
    const viaSingle = practice('C-1004');
    const singleText = await (await post(viaSingle)).text();
    const viaBatch = practice('C-1004');
    const [replayed, created] = await resultsOf(await postBatch([viaSingle, viaBatch]));
    expect(replayed).toMatchObject({ status: 201, replayed: true });
    expect(JSON.stringify(replayed!.body)).toBe(singleText);

    const single = await post(viaBatch);
    expect(single.status).toBe(201);
    expect(single.headers.get('idempotent-replayed')).toBe('true');
    expect(await single.text()).toBe(JSON.stringify(created!.body));
    expect([recordCount(viaSingle.id), recordCount(viaBatch.id)]).toEqual([1, 1]);
  });

  it('refuses a key reused with another body (422) without touching the rest', async () => {
    const decision = practice();
    await resultsOf(await postBatch([decision]));
    const changed = { ...decision, action: 'ban' };
    const fresh = practice();
    const [reused, created] = await resultsOf(await postBatch([changed, fresh]));
    expect(reused).toMatchObject({ status: 422, idempotencyKey: decision.id });
    expect(codeOf(reused!.body)).toBe('idempotency_key_reused');
    expect(created!.status).toBe(201);
    expect(recordCount(decision.id)).toBe(1);
  });

  it('answers mixed results in one batch, item by item', async () => {
    const standing = makeDecision({ caseId: 'C-1005', reviewerId: DEMO_USERS.reviewer2.id });
    expect((await post(standing, { token: DEMO_TOKENS.reviewer2 })).status).toBe(201);

    const created = makeDecision({ caseId: 'C-1006' });
    const sameCaseLater = makeDecision({ caseId: 'C-1006', action: 'ban' });
    const conflicting = makeDecision({ caseId: 'C-1005' });
    const someoneElses = makeDecision({ caseId: 'C-1007', reviewerId: DEMO_USERS.reviewer2.id });
    const unknownCase = makeDecision({ caseId: 'C-9999' });
    const invalid = makeDecision({ caseId: 'C-1007', action: '' });
    const mismatched = makeDecision({ caseId: 'C-1007' });
    const results = await resultsOf(
      await postBatch([
        created,
        sameCaseLater,
        conflicting,
        someoneElses,
        unknownCase,
        invalid,
        { idempotencyKey: crypto.randomUUID(), decision: mismatched },
        { decision: practice() },
      ]),
    );
    expect(results.map((r) => r.status)).toEqual([201, 409, 409, 403, 404, 422, 400, 400]);
    // Items are recorded in order: the second live decision on C-1006 meets the first.
    expect(alreadyDecidedSchema.parse(results[1]!.body).error.decision.id).toBe(created.id);
    expect(alreadyDecidedSchema.parse(results[2]!.body).error.decision).toMatchObject({
      id: standing.id,
      reviewerName: DEMO_USERS.reviewer2.name,
    });
    expect(results.slice(3).map((r) => codeOf(r.body))).toEqual([
      'forbidden',
      'not_found',
      'invalid_decision',
      'idempotency_key_mismatch',
      'idempotency_key_required',
    ]);
    expect(results[7]!.idempotencyKey).toBeNull();
    expect(recordCount(created.id) + recordCount(sameCaseLater.id)).toBe(1);
    expect(recordCount(someoneElses.id) + recordCount(mismatched.id)).toBe(0);

    // Refusals of the request itself are not remembered: corrected, the key is free.
    const corrected = await resultsOf(await postBatch([{ ...invalid, action: 'warn' }]));
    expect(corrected[0]!.status).toBe(201);
    // Refusals that depend on stored state are: the replay repeats the conflict.
    const [replayed] = await resultsOf(await postBatch([conflicting]));
    expect(replayed).toMatchObject({ status: 409, replayed: true, body: results[2]!.body });
  });

  it('lets an admin write for a reviewer, as the single POST does', async () => {
    const forBen = makeDecision({
      caseId: 'C-1008',
      mode: 'qa',
      reviewerId: DEMO_USERS.reviewer2.id,
    });
    const [result] = await resultsOf(await postBatch([forBen], { token: DEMO_TOKENS.admin }));
    expect(result!.status).toBe(201);
    expect(recordedDecisionSchema.parse(result!.body).reviewerName).toBe(DEMO_USERS.reviewer2.name);
  });

  it('answers a key twice in one batch once: the second is still in flight', async () => {
    const decision = practice();
    const results = await resultsOf(await postBatch([decision, decision]));
    expect(results.map((r) => r.status)).toEqual([201, 409]);
    expect(results[1]).toMatchObject({ retryAfterSeconds: 1 });
    expect(codeOf(results[1]!.body)).toBe('in_flight');
    expect(recordCount(decision.id)).toBe(1);
  });

  it('refuses a malformed batch as a whole, recording nothing', async () => {
    const decision = practice();
    const cases: Array<[Response, number, string]> = [
      [await postBatch([decision], { token: null }), 401, 'unauthorized'],
      [await postBatch([], { body: '{"items": [' }), 400, 'invalid_json'],
      [await postBatch([]), 422, 'invalid_batch'],
      [await postBatch([], { body: JSON.stringify([decision]) }), 422, 'invalid_batch'],
      [
        await postBatch(Array.from({ length: DECISION_BATCH_MAX + 1 }, () => practice())),
        422,
        'invalid_batch',
      ],
    ];
    expect(
      await Promise.all(
        cases.map(async ([response]) => [response.status, codeOf(await response.json())]),
      ),
    ).toEqual(cases.map(([, status, code]) => [status, code]));
    expect(recordCount(decision.id)).toBe(0);
  });

  it('takes a full batch of ordinary decisions in one request', async () => {
    const decisions = Array.from({ length: DECISION_BATCH_MAX }, () => practice('C-1009'));
    const results = await resultsOf(await postBatch(decisions));
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([201]));
    expect(recordCount()).toBeGreaterThanOrEqual(DECISION_BATCH_MAX);
  });

  it('is in the OpenAPI document, with schemas generated from the shared ones', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const text = JSON.stringify(doc.paths['/api/decisions/batch']?.post);
    expect(text).toContain('#/components/schemas/DecisionBatchInput');
    expect(text).toContain('#/components/schemas/DecisionBatchAnswer');
    const { DecisionBatchInput, DecisionBatchResult } = doc.components.schemas;
    expect(JSON.stringify(DecisionBatchInput)).toContain('#/components/schemas/DecisionInput');
    expect(JSON.stringify(DecisionBatchResult)).toContain('#/components/schemas/AlreadyDecided');
  });

  // Last: the server answers before reading the whole body, which spoils the kept-alive socket.
  it('refuses a batch over 2 MiB unread: 413', async () => {
    const response = await postBatch([], {
      body: JSON.stringify({ items: [], padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(codeOf(await response.json())).toBe('payload_too_large');
  });
});
