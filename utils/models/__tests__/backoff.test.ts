import { APIError } from 'openai';
import { beforeEach, describe, expect, it } from 'vitest';
import { backoffMs } from '../../http/retry-after';
import { coolDownRemaining, resetCoolDowns, startCoolDown, withRetry } from '../backoff';
import { CoolingDownError } from '../error-types';
import { toModelProblem } from '../errors';

beforeEach(() => resetCoolDowns());

const classify = (e: unknown) =>
  toModelProblem(e, { source: 'moderation', model: 'm', baseUrl: 'https://p.example/v1' });
const rateLimited = (seconds: number) =>
  APIError.generate(
    429,
    { error: { message: 'slow down' } },
    undefined,
    new Headers({ 'retry-after': String(seconds) }),
  );
const serverError = () =>
  APIError.generate(500, { error: { message: 'oops' } }, undefined, new Headers());

/** A clock that only moves when the code under test sleeps. */
function fakeTime() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

describe('full jitter', () => {
  it('stays within [0, min(cap, base·2^(n-1))) and honours a Retry-After floor', () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(8000, 500 * 2 ** (attempt - 1));
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const delay = backoffMs(attempt, { baseMs: 500, capMs: 8000, random: () => r });
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
      const floored = backoffMs(attempt, {
        baseMs: 500,
        capMs: 8000,
        serverMs: 3000,
        random: () => 0.999,
      });
      expect(floored).toBeGreaterThanOrEqual(3000);
      expect(floored).toBeLessThan(4000);
    }
  });
});

describe('withRetry', () => {
  it('retries a server error with backoff, then succeeds', async () => {
    const time = fakeTime();
    let calls = 0;
    const result = await withRetry(
      'k',
      async () => (++calls < 3 ? Promise.reject(serverError()) : 'ok'),
      classify,
      { ...time, random: () => 0.5 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(time.sleeps).toEqual([250, 500]);
  });

  it('does not retry what retrying cannot fix', async () => {
    let calls = 0;
    const unauthorized = APIError.generate(
      401,
      { error: { message: 'bad key' } },
      undefined,
      new Headers(),
    );
    await expect(
      withRetry(
        'k',
        async () => {
          calls++;
          throw unauthorized;
        },
        classify,
      ),
    ).rejects.toBe(unauthorized);
    expect(calls).toBe(1);
  });

  it('a 429 with Retry-After holds every caller of that provider until then', async () => {
    const time = fakeTime();
    let calls = 0;
    const result = await withRetry(
      'p',
      async () => (++calls === 1 ? Promise.reject(rateLimited(2)) : 'ok'),
      classify,
      { ...time, random: () => 0 },
    );
    expect(result).toBe('ok');
    expect(time.sleeps).toEqual([2000]);
    // A second caller arriving during the cool-down waits instead of calling.
    startCoolDown('p', 3000, time.now());
    const other = fakeTime();
    let otherCalls = 0;
    await withRetry('p', async () => ++otherCalls, classify, {
      now: time.now,
      sleep: other.sleep,
      random: () => 0,
    });
    expect(other.sleeps).toEqual([3000]);
    expect(otherCalls).toBe(1);
  });

  it('ten tabs: one 429 makes the other nine wait instead of each collecting a 429', async () => {
    const calls: number[] = [];
    let gateOpensAt = 0;
    const signal: { limited?: () => void } = {};
    const firstLimited = new Promise<void>((r) => (signal.limited = r));
    const call = async () => {
      calls.push(Date.now());
      if (calls.length === 1) {
        setTimeout(() => {
          gateOpensAt = Date.now() + coolDownRemaining('ten');
          signal.limited?.();
        });
        throw rateLimited(0.2);
      }
      return 'scored';
    };
    const first = withRetry('ten', call, classify, { random: () => 0 });
    await firstLimited;
    const others = Array.from({ length: 9 }, () =>
      withRetry('ten', call, classify, { random: () => 0 }),
    );
    expect(await Promise.all([first, ...others])).toEqual(Array(10).fill('scored'));
    // One 429 from the provider; every later call, the first's retry included, waited for the gate.
    expect(calls).toHaveLength(11);
    for (const at of calls.slice(1)) expect(at).toBeGreaterThanOrEqual(gateOpensAt - 5);
  });

  it('a wait longer than the budget fails fast with the time to wait', async () => {
    startCoolDown('slow', 60_000);
    const error = await withRetry('slow', async () => 'never', classify, {
      maxWaitMs: 10_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoolingDownError);
    expect(classify(error)).toMatchObject({ kind: 'rate-limited' });
    expect(classify(error).retryAfterMs).toBeGreaterThan(59_000);
  });

  it('stops waiting when the reviewer leaves the case', async () => {
    startCoolDown('gone', 1000);
    const controller = new AbortController();
    const pending = withRetry('gone', async () => 'late', classify, { signal: controller.signal });
    controller.abort(new DOMException('left', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
