import { setTimeout as sleep } from 'node:timers/promises';
import type { Answer, Client } from './http-client';
import type { LoadResult, Reviewer } from './reviewers';

const RETRY_AFTER_CAP_MS = 2_000;

/** POSTs until answered with a final status: no answer, 5xx and 409 in_flight are retried. */
export async function postUntilAnswered(
  client: Client,
  r: Reviewer,
  body: string,
  key: string,
  caseId: string,
  result: LoadResult,
  onUnanswered?: (e: unknown) => void,
): Promise<Answer> {
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${r.token}`,
    'idempotency-key': key,
  };
  for (;;) {
    let answer: Answer | undefined;
    try {
      answer = await client.send('POST', `/api/cases/${caseId}/decisions`, headers, body);
    } catch (error) {
      onUnanswered?.(error);
    }
    const status = answer?.status ?? 0;
    result.statuses[status] = (result.statuses[status] ?? 0) + 1;
    if (answer && status < 500 && !(status === 409 && answer.body.includes('"in_flight"'))) {
      return answer;
    }
    if (!answer || status >= 500) result.unanswered += 1;
    const after = Number(answer?.headers['retry-after'] ?? 0) * 1000;
    await sleep(Math.min(Math.max(after, 50), RETRY_AFTER_CAP_MS));
  }
}
