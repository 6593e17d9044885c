import type { FaultState } from './faults';
import type { RecordedRequest } from './types';

/** Mutable state one stand-in instance shares between its API routes and control routes. */
export interface StandInContext {
  apiKey?: string;
  faults: FaultState;
  latencyMs: number;
  requests: RecordedRequest[];
  /** aborted by close(): pending latency waits end and held (timeout) requests are dropped */
  signal: AbortSignal;
}
