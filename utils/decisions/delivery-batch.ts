import { z } from 'zod';
import { CaseApiError, caseApiFetch, type CaseApiSession } from '../case-api/client';
import { outcomeOf, outcomeOfAnswer, type DeliveryOutcome } from './delivery-outcome';
import type { OutboxEntry } from './outbox-entry';
import { DECISION_BATCH_MAX, decisionBatchResultSchema, type DecisionBatchInput } from './schema';

/**
 * Several due decisions in one `POST /decisions/batch`: one request, one pair of server
 * transactions, instead of one of each per decision. Each item keeps its own idempotency key
 * and its own result, mapped exactly as a single POST's answer would be. Servers without the
 * route (404) get single POSTs from then on.
 */

/** Item bodies are mapped by `outcomeOfAnswer`, which reads them itself. */
const batchAnswerSchema = z.object({
  results: z.array(decisionBatchResultSchema.extend({ body: z.unknown() })),
});

/** The server takes 2 MiB; a character is at most 3 bytes of UTF-8, so this stays under it. */
const MAX_BATCH_CHARS = 512 * 1024;
/** How long an answer of "no such route" is believed before the batch route is tried again. */
const UNSUPPORTED_FOR_MS = 10 * 60_000;

const unsupportedUntil = new Map<string, number>();

export function batchesAllowed(session: CaseApiSession, now = Date.now()): boolean {
  return (unsupportedUntil.get(session.baseUrl) ?? 0) <= now;
}

/** Splits entries into batches within the server's limits, keeping their order. */
export function batchGroups(entries: readonly OutboxEntry[]): OutboxEntry[][] {
  const groups: OutboxEntry[][] = [];
  let group: OutboxEntry[] = [];
  let chars = 0;
  for (const entry of entries) {
    const size = JSON.stringify(entry.decision).length + 100;
    if (group.length && (group.length === DECISION_BATCH_MAX || chars + size > MAX_BATCH_CHARS)) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(entry);
    chars += size;
  }
  if (group.length) groups.push(group);
  return groups;
}

const everyone = (entries: readonly OutboxEntry[], outcome: DeliveryOutcome) =>
  new Map(entries.map((e) => [e.decision.id, outcome]));

/**
 * Sends one batch. Answers each entry's outcome, or undefined when the batch as such was not
 * taken (no such route, too large, malformed): the caller then sends these one by one.
 */
export async function sendBatch(
  entries: readonly OutboxEntry[],
  session: CaseApiSession,
): Promise<Map<string, DeliveryOutcome> | undefined> {
  const body: DecisionBatchInput = {
    items: entries.map(({ decision }) => ({ idempotencyKey: decision.id, decision })),
  };
  let response: Response;
  try {
    response = await caseApiFetch('/decisions/batch', { method: 'POST', body, session });
  } catch (error) {
    if (
      error instanceof CaseApiError &&
      (error.problem === 'unauthorized' || error.problem === 'not-configured')
    ) {
      return everyone(entries, { kind: 'needs-sign-in', message: error.message });
    }
    const message = error instanceof Error ? error.message : String(error);
    return everyone(entries, { kind: 'retry', message });
  }
  const { status } = response;
  if (response.ok) return mapResults(entries, await response.json().catch(() => undefined));
  // Refusals of the whole request mean the same for every decision in it.
  if (status === 401 || status === 403 || status === 429 || status >= 500) {
    return everyone(entries, await outcomeOf(response));
  }
  await response.body?.cancel();
  if (status === 404 || status === 405) {
    unsupportedUntil.set(session.baseUrl, Date.now() + UNSUPPORTED_FOR_MS);
  }
  return undefined;
}

/**
 * Each item's result through the same mapping as a single answer. A decision the answer does
 * not account for is sent again (same key), never taken as delivered.
 */
function mapResults(entries: readonly OutboxEntry[], raw: unknown): Map<string, DeliveryOutcome> {
  const parsed = batchAnswerSchema.safeParse(raw);
  const outcomes = new Map<string, DeliveryOutcome>();
  entries.forEach((entry, i) => {
    const result = parsed.success ? parsed.data.results[i] : undefined;
    if (result?.idempotencyKey !== entry.decision.id) {
      outcomes.set(entry.decision.id, {
        kind: 'retry',
        message: 'The case API acknowledged the batch without an answer for this decision.',
      });
      return;
    }
    const serverWaitMs =
      result.retryAfterSeconds === undefined ? undefined : result.retryAfterSeconds * 1000;
    outcomes.set(
      entry.decision.id,
      outcomeOfAnswer({ status: result.status, body: result.body, serverWaitMs }),
    );
  });
  return outcomes;
}
