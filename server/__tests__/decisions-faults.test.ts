import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { DEMO_TOKENS, faultStateSchema, startCaseApi, type FaultConfig } from '../index';
import { makeDecision, useDecisionServer } from './decision-fixtures';

const { post, postBatch, server, recordCount } = useDecisionServer({ faults: true });

async function setFaults(config: FaultConfig | Record<string, unknown>): Promise<Response> {
  return fetch(`${server().url}/api/_faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
}

/** Training mode, so any number of them can land on one case. */
const practice = () => makeDecision({ caseId: 'C-1001', mode: 'training' });

describe('fault injection', () => {
  it('is not mounted unless the server was started with faults: true', async () => {
    const plain = await startCaseApi({ demo: true, port: 0 });
    try {
      const response = await fetch(`${plain.url}/api/_faults`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('error-500: answers 500 before processing, recording nothing', async () => {
    expect((await setFaults({ mode: 'error-500' })).status).toBe(200);
    const decision = practice();
    const response = await post(decision);
    expect(response.status).toBe(500);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('injected_fault');
    expect(recordCount(decision.id)).toBe(0);

    // The key was never reserved: once the fault clears, the retry goes through.
    await setFaults({ mode: 'none' });
    expect((await post(decision)).status).toBe(201);
  });

  it('rate-limit-429: answers 429 with Retry-After, recording nothing', async () => {
    await setFaults({ mode: 'rate-limit-429', retryAfterSeconds: 7 });
    const decision = practice();
    const response = await post(decision);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('rate_limited');
    expect(recordCount(decision.id)).toBe(0);
  });

  it('refuse-422: refuses the decision for good, recording nothing', async () => {
    await setFaults({ mode: 'refuse-422' });
    const decision = practice();
    const response = await post(decision);
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('injected_refusal');
    expect(recordCount(decision.id)).toBe(0);
  });

  it('slow: delays, then processes normally', async () => {
    await setFaults({ mode: 'slow', slowMs: 200 });
    const decision = practice();
    const started = performance.now();
    const response = await post(decision);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(response.status).toBe(201);
    expect(recordCount(decision.id)).toBe(1);
  });

  it('random: each request independently faulted or not; faulted ones record nothing', async () => {
    await setFaults({ mode: 'random', probability: 1, slowMs: 20, retryAfterSeconds: 2 });
    const decisions = Array.from({ length: 30 }, practice);
    const responses = await Promise.all(decisions.map((d) => post(d)));
    const statuses = responses.map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set([201, 429, 500]));
    expect(decisions.map((d) => recordCount(d.id))).toEqual(
      statuses.map((s) => (s === 201 ? 1 : 0)),
    );
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.map((r) => r.headers.get('retry-after'))).toEqual(limited.map(() => '2'));

    const state = faultStateSchema.parse(await (await fetch(`${server().url}/api/_faults`)).json());
    expect(state.injected).toEqual({
      'error-500': statuses.filter((s) => s === 500).length,
      'rate-limit-429': statuses.filter((s) => s === 429).length,
      slow: statuses.filter((s) => s === 201).length,
      'refuse-422': 0,
    });

    await setFaults({ mode: 'random', probability: 0 });
    const clean = await Promise.all(Array.from({ length: 10 }, practice).map((d) => post(d)));
    expect(clean.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 201));
  });

  it('applies to batch POSTs as a whole: 429 records none of the batch', async () => {
    await setFaults({ mode: 'rate-limit-429', retryAfterSeconds: 3 });
    const decisions = [practice(), practice()];
    const response = await postBatch(decisions);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(decisions.map((d) => recordCount(d.id))).toEqual([0, 0]);
    await setFaults({ mode: 'none' });
    expect((await postBatch(decisions)).status).toBe(200);
    expect(decisions.map((d) => recordCount(d.id))).toEqual([1, 1]);
  });

  it('applies to decision POSTs only', async () => {
    await setFaults({ mode: 'error-500' });
    const response = await fetch(`${server().url}/api/cases/C-1001/decisions`, {
      headers: { Authorization: `Bearer ${DEMO_TOKENS.reviewer}` },
    });
    expect(response.status).toBe(200);
    await setFaults({ mode: 'none' });
  });

  it('refuses a bad fault configuration', async () => {
    expect((await setFaults({ mode: 'explode' })).status).toBe(422);
    expect((await setFaults({ mode: 'random', probability: 2 })).status).toBe(422);
    const notJson = await fetch(`${server().url}/api/_faults`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });
});
