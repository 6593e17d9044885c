import { APIUserAbortError } from 'openai';

/** Failures of our own, next to the SDK's: each maps to its own message in `errors.ts`. */

/** The answer parsed as JSON but is not the shape we asked for. */
export class OffSchemaError extends Error {
  override name = 'OffSchemaError';
}

/** The policy model declined to answer (a refusal message or content filter). */
export class RefusalError extends Error {
  override name = 'RefusalError';
}

/** Another call to this provider was rate limited and the wait is longer than we may block. */
export class CoolingDownError extends Error {
  override name = 'CoolingDownError';
  constructor(readonly retryAfterMs: number) {
    super(`Rate limited: waiting ${Math.ceil(retryAfterMs / 1000)} s before calling again`);
  }
}

/** True for a call cancelled because the reviewer left the case: not a problem to report. */
export function isAbort(error: unknown): boolean {
  return (
    error instanceof APIUserAbortError ||
    (error instanceof Error && error.name === 'AbortError') ||
    (typeof DOMException !== 'undefined' &&
      error instanceof DOMException &&
      error.name === 'AbortError')
  );
}
