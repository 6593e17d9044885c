/**
 * Public types of the OpenAI stand-in. Kept apart from the server wiring so the e2e harness,
 * the demo script and the control routes share one definition.
 */

export type StandInFaultMode =
  'none' | 'rate-limit' | 'server-error' | 'timeout' | 'malformed' | 'refusal' | 'off-schema';

export interface StandInFaults {
  mode: StandInFaultMode;
  /** how many following requests get the fault; then back to normal. Infinity = until reset */
  count?: number;
  retryAfterSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  /** path without the query string, e.g. `/v1/moderations` */
  path: string;
  /** query string including `?`, or '' */
  query: string;
  /** lower-cased header names; repeated headers joined with ', ' */
  headers: Record<string, string>;
  /** parsed JSON body; undefined when there was no body or it was not JSON */
  body: unknown;
  /** ms since epoch when the request arrived */
  receivedAt: number;
}

export interface StandInOptions {
  /** default 0 (an ephemeral port) */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  latencyMs?: number;
  /** if set, require `Authorization: Bearer <apiKey>`, else 401 in OpenAI's error shape */
  apiKey?: string;
}

export interface StartedStandIn {
  /** base URL INCLUDING /v1, e.g. http://127.0.0.1:PORT/v1 */
  url: string;
  port: number;
  close(): Promise<void>;
  setFaults(f: StandInFaults): void;
  setLatency(ms: number): void;
  /** every API request seen, oldest first, capped at the last 1000 (control routes not recorded) */
  requests: RecordedRequest[];
}
