import type { ModelProblem } from '../assessment/schema';
import { backoffMs } from '../http/retry-after';
import { abortableSleep } from '../time/abortable-sleep';
import { CoolingDownError, isAbort } from './error-types';

/**
 * Retries for model calls: exponential backoff with full jitter, honouring Retry-After, and a
 * cool-down shared per provider. Every tab's case goes through the one background, so when one
 * call is told to wait, this module-level gate makes the calls for the other nine tabs wait too
 * instead of each hammering the provider and each collecting its own 429.
 */

const coolDownUntil = new Map<string, number>();

export function coolDownRemaining(key: string, now = Date.now()): number {
  return Math.max(0, (coolDownUntil.get(key) ?? 0) - now);
}

export function startCoolDown(key: string, ms: number, now = Date.now()): void {
  coolDownUntil.set(key, Math.max(coolDownUntil.get(key) ?? 0, now + ms));
}

/** For tests: forget every cool-down. */
export function resetCoolDowns(): void {
  coolDownUntil.clear();
}

export interface RetryOptions {
  maxAttempts?: number;
  /** Total time one call may spend waiting; past it the reviewer sees the problem instead. */
  maxWaitMs?: number;
  baseMs?: number;
  capMs?: number;
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

type Classify = (error: unknown) => Pick<ModelProblem, 'kind' | 'retryable' | 'retryAfterMs'>;

export async function withRetry<T>(
  key: string,
  call: () => Promise<T>,
  classify: Classify,
  opts: RetryOptions & { signal?: AbortSignal } = {},
): Promise<T> {
  const { maxAttempts = 3, maxWaitMs = 10_000, baseMs = 500, capMs = 8_000 } = opts;
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? abortableSleep;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const gate = coolDownRemaining(key, now());
    if (gate > 0) {
      if (waited + gate > maxWaitMs) throw new CoolingDownError(gate);
      // A little spread, so the waiting calls do not all land the moment the gate opens.
      const wait = gate + random() * Math.min(baseMs, 1000);
      await sleep(wait, opts.signal);
      waited += wait;
    }
    try {
      return await call();
    } catch (error) {
      if (isAbort(error) || opts.signal?.aborted) throw error;
      const problem = classify(error);
      if (!problem.retryable || attempt >= maxAttempts) throw error;
      const delay = backoffMs(attempt, { baseMs, capMs, serverMs: problem.retryAfterMs, random });
      if (problem.kind === 'rate-limited') startCoolDown(key, delay, now());
      if (waited + delay > maxWaitMs) throw error;
      if (problem.kind !== 'rate-limited') {
        await sleep(delay, opts.signal);
        waited += delay;
      }
    }
  }
}
