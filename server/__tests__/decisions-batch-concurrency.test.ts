import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../utils/case-api/schema';
import { decisionBatchAnswerSchema } from '../../utils/decisions/schema';
import { makeDecision, useDecisionServer } from './decision-fixtures';

/** Long enough that requests sent together really overlap inside the handler. */
const DELAY_MS = 150;
const { post, postBatch, recordCount } = useDecisionServer({ decisionDelayMs: DELAY_MS });

const practice = () => makeDecision({ caseId: 'C-1001', mode: 'training' });

async function resultsOf(response: Response | Promise<Response>) {
  const answered = await response;
  expect(answered.status).toBe(200);
  return decisionBatchAnswerSchema.parse(await answered.json()).results;
}

/** What the loser of a race on one key may see: still in flight, or the winner's replay. */
function loserSeen(result: { status: number; replayed?: boolean; body: unknown }) {
  const body = apiErrorSchema.safeParse(result.body);
  return {
    status: result.status,
    replayed: result.replayed ?? false,
    code: body.success ? body.data.error.code : undefined,
  };
}
const LOSER = [
  { status: 409, replayed: false, code: 'in_flight' },
  { status: 201, replayed: true, code: undefined },
];

describe('concurrent batch POSTs', () => {
  it('one key in two simultaneous batches creates one record', async () => {
    const shared = practice();
    const [a, b] = [practice(), practice()];
    const [first, second] = await Promise.all([
      resultsOf(postBatch([a, shared])),
      resultsOf(postBatch([shared, b])),
    ]);
    expect(recordCount(shared.id)).toBe(1);
    expect([first[0]!.status, second[1]!.status]).toEqual([201, 201]);
    const forShared = [first[1]!, second[0]!];
    const winners = forShared.filter((r) => r.status === 201 && !r.replayed);
    expect(winners).toHaveLength(1);
    expect(LOSER).toContainEqual(loserSeen(forShared.find((r) => !winners.includes(r))!));

    // Once the winner finished, a retry of the loser gets the stored answer.
    const [retry] = await resultsOf(postBatch([shared]));
    expect(retry).toMatchObject({ status: 201, replayed: true, body: winners[0]!.body });
  });

  it('a batch and a single POST racing on one key create one record', async () => {
    const shared = practice();
    const [single, batch] = await Promise.all([post(shared), resultsOf(postBatch([shared]))]);
    expect(recordCount(shared.id)).toBe(1);
    const singleSeen = {
      status: single.status,
      replayed: single.headers.has('idempotent-replayed'),
    };
    const batchSeen = { status: batch[0]!.status, replayed: batch[0]!.replayed ?? false };
    expect([singleSeen, batchSeen]).toContainEqual({ status: 201, replayed: false });
    expect(
      [singleSeen, batchSeen].filter((s) => s.status === 409 || s.replayed === true),
    ).toHaveLength(1);
  });

  it('an overlapping batch retry is told to wait: 409 in_flight, retryAfterSeconds 1', async () => {
    const decision = practice();
    const first = resultsOf(postBatch([decision]));
    await new Promise((resolve) => setTimeout(resolve, DELAY_MS / 3));
    const [second] = await resultsOf(postBatch([decision]));
    expect(second).toMatchObject({ status: 409, retryAfterSeconds: 1 });
    expect(apiErrorSchema.parse(second!.body).error.code).toBe('in_flight');
    expect((await first)[0]!.status).toBe(201);
    expect(recordCount(decision.id)).toBe(1);
  });
});
