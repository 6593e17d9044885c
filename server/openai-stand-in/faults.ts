import { z } from 'zod';
import type { StandInFaultMode, StandInFaults } from './types';

export type ActiveFault = { mode: Exclude<StandInFaultMode, 'none'>; retryAfterSeconds: number };

/** JSON cannot carry Infinity, so over HTTP a missing or null `count` means "until reset". */
export const faultsBody = z.object({
  mode: z.enum([
    'none',
    'rate-limit',
    'server-error',
    'timeout',
    'malformed',
    'refusal',
    'off-schema',
  ]),
  count: z.number().positive().nullish(),
  retryAfterSeconds: z.number().nonnegative().optional(),
});

/**
 * Which fault the next requests get. A fault is taken when a request arrives (not when it is
 * answered), so with latency and concurrency the N faulted requests are the first N to arrive.
 */
export class FaultState {
  private mode: StandInFaultMode = 'none';
  private remaining = 0;
  private retryAfterSeconds = 1;

  set(faults: StandInFaults): void {
    this.mode = faults.mode;
    this.remaining = faults.mode === 'none' ? 0 : (faults.count ?? Infinity);
    this.retryAfterSeconds = faults.retryAfterSeconds ?? 1;
  }

  current(): StandInFaults {
    return { mode: this.mode, count: this.remaining, retryAfterSeconds: this.retryAfterSeconds };
  }

  take(): ActiveFault | undefined {
    if (this.mode === 'none' || this.remaining <= 0) return undefined;
    const fault: ActiveFault = { mode: this.mode, retryAfterSeconds: this.retryAfterSeconds };
    this.remaining -= 1;
    if (this.remaining <= 0) this.mode = 'none';
    return fault;
  }
}
