import { apiErrorSchema } from '../case-api/schema';
import { backoffMs, retryAfterMs } from '../http/retry-after';
import type { OutboxEntry } from './outbox-entry';
import { releaseWritebacks } from './writeback-state';
import { alreadyDecidedSchema, recordedDecisionSchema, type RecordedDecision } from './schema';

/** What one delivery attempt came to, before it is applied to the entry. */
export type DeliveryOutcome =
  | { kind: 'delivered'; recorded?: RecordedDecision }
  | { kind: 'retry'; message: string; status?: number; serverWaitMs?: number }
  | { kind: 'failed'; message: string; status: number }
  | { kind: 'needs-sign-in'; message: string; status?: number }
  | { kind: 'conflict'; message: string; existing: RecordedDecision };

/**
 * One answer to one decision: its own response to the single POST, or its item in a batch
 * answer (which carries the same status and body). `serverWaitMs` is its Retry-After.
 */
export interface DecisionAnswer {
  status: number;
  body: unknown;
  serverWaitMs?: number;
  /** Said when the body carries no message of its own. */
  statusText?: string;
}

const errorField = (body: unknown, field: 'code' | 'message'): string | undefined => {
  const value = (body as { error?: Record<string, unknown> } | undefined)?.error?.[field];
  return typeof value === 'string' ? value : undefined;
};

/** Maps the case API's answer to a decision POST (the contract in DESIGN.md and issue 5). */
export function outcomeOfAnswer(answer: DecisionAnswer): DeliveryOutcome {
  const { status, body, serverWaitMs } = answer;
  if (status >= 200 && status < 300) {
    // Acknowledged is acknowledged, even if the body is not what we expect.
    const parsed = recordedDecisionSchema.safeParse(body);
    return { kind: 'delivered', recorded: parsed.success ? parsed.data : undefined };
  }
  const said = apiErrorSchema.safeParse(body);
  const serverSaid = said.success ? said.data.error.message : (answer.statusText ?? '');
  if (status === 409) {
    const decided = alreadyDecidedSchema.safeParse(body);
    if (decided.success) {
      return {
        kind: 'conflict',
        message: decided.data.error.message,
        existing: decided.data.error.decision,
      };
    }
    if (errorField(body, 'code') === 'in_flight')
      return {
        kind: 'retry',
        status,
        serverWaitMs,
        message: 'The case API is still processing this decision.',
      };
    const message = errorField(body, 'message') ?? 'Conflict';
    return { kind: 'failed', status, message: `The case API refused the decision: ${message}` };
  }
  if (status === 401 || status === 403) {
    return {
      kind: 'needs-sign-in',
      status,
      message: `Sign in again: the case API answered ${status} (${serverSaid}). The decision is kept and sent once you do.`,
    };
  }
  if (status === 429 || status >= 500) {
    return {
      kind: 'retry',
      status,
      serverWaitMs,
      message: `The case API answered ${status} (${serverSaid}); retrying.`,
    };
  }
  return {
    kind: 'failed',
    status,
    message: `The case API refused the decision (${status}): ${serverSaid}`,
  };
}

/** The same mapping, for the case API's response to one decision POST. */
export async function outcomeOf(response: Response): Promise<DeliveryOutcome> {
  return outcomeOfAnswer({
    status: response.status,
    body: await response.json().catch(() => undefined),
    serverWaitMs: retryAfterMs(response.headers),
    statusText: response.statusText,
  });
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
        writebacks: releaseWritebacks(entry.writebacks, now),
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
