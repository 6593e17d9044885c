import { serverMessage } from '../case-api/client';
import { backoffMs, retryAfterMs } from '../http/retry-after';
import type { OutboxEntry } from './outbox-entry';
import { alreadyDecidedSchema, recordedDecisionSchema, type RecordedDecision } from './schema';

/** What one delivery attempt came to, before it is applied to the entry. */
export type DeliveryOutcome =
  | { kind: 'delivered'; recorded?: RecordedDecision }
  | { kind: 'retry'; message: string; status?: number; serverWaitMs?: number }
  | { kind: 'failed'; message: string; status: number }
  | { kind: 'needs-sign-in'; message: string; status?: number }
  | { kind: 'conflict'; message: string; existing: RecordedDecision };

/** Maps the case API's answer to a decision POST (the contract in DESIGN.md and issue 5). */
export async function outcomeOf(response: Response): Promise<DeliveryOutcome> {
  const { status } = response;
  if (response.ok) {
    // Acknowledged is acknowledged, even if the body is not what we expect.
    const parsed = recordedDecisionSchema.safeParse(await response.json().catch(() => undefined));
    return { kind: 'delivered', recorded: parsed.success ? parsed.data : undefined };
  }
  const serverWaitMs = retryAfterMs(response.headers);
  if (status === 409) {
    const body: unknown = await response.json().catch(() => undefined);
    const decided = alreadyDecidedSchema.safeParse(body);
    if (decided.success) {
      return {
        kind: 'conflict',
        message: decided.data.error.message,
        existing: decided.data.error.decision,
      };
    }
    const code = (body as { error?: { code?: string } } | undefined)?.error?.code;
    if (code === 'in_flight')
      return {
        kind: 'retry',
        status,
        serverWaitMs,
        message: 'The case API is still processing this decision.',
      };
    const message =
      (body as { error?: { message?: string } } | undefined)?.error?.message ?? 'Conflict';
    return { kind: 'failed', status, message: `The case API refused the decision: ${message}` };
  }
  if (status === 401 || status === 403) {
    return {
      kind: 'needs-sign-in',
      status,
      message: `Sign in again: the case API answered ${status} (${await serverMessage(response)}). The decision is kept and sent once you do.`,
    };
  }
  if (status === 429 || status >= 500) {
    return {
      kind: 'retry',
      status,
      serverWaitMs,
      message: `The case API answered ${status} (${await serverMessage(response)}); retrying.`,
    };
  }
  return {
    kind: 'failed',
    status,
    message: `The case API refused the decision (${status}): ${await serverMessage(response)}`,
  };
}

/** Waiting for a new sign-in: try again now and then, not in a tight loop. */
const SIGN_IN_RETRY_MS = 5 * 60_000;

/** The next state of an entry after an attempt: the outbox's state machine in one place. */
export function applyOutcome(
  entry: OutboxEntry,
  outcome: DeliveryOutcome,
  now: number,
  random = Math.random,
): OutboxEntry {
  const base = { ...entry, leaseUntil: undefined, leaseHolder: undefined };
  switch (outcome.kind) {
    case 'delivered':
      return {
        ...base,
        state: 'delivered',
        deliveredAt: now,
        recorded: outcome.recorded,
        lastError: undefined,
      };
    case 'retry': {
      const wait = backoffMs(entry.attempts, { serverMs: outcome.serverWaitMs, random });
      const lastError = { status: outcome.status, message: outcome.message, at: now };
      return { ...base, state: 'queued', nextAttemptAt: now + wait, lastError };
    }
    case 'failed':
      return {
        ...base,
        state: 'failed',
        lastError: { status: outcome.status, message: outcome.message, at: now },
      };
    case 'needs-sign-in':
      return {
        ...base,
        state: 'needs-sign-in',
        nextAttemptAt: now + SIGN_IN_RETRY_MS,
        lastError: { status: outcome.status, message: outcome.message, at: now },
      };
    case 'conflict':
      return {
        ...base,
        state: 'conflict',
        conflictWith: outcome.existing,
        lastError: { status: 409, message: outcome.message, at: now },
      };
  }
}
