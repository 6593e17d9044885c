import { BadRequestError } from 'openai';
import type { ModerationCreateParams } from 'openai/resources/moderations';
import type { SentPayload } from '../assessment/schema';
import { withRetry } from './backoff';
import { MODEL_TIMEOUT_MS, type ModelCall } from './model-call';
import type { ModerationPlan } from './moderation-plan';
import type { ScoredInput } from './moderation-merge';
import { readModerationScores } from './moderation-response';
import { describeBody } from './sent-payload';

/** Images go one per request; a few at a time keeps a case with 20 images from tripping 429s. */
const CONCURRENCY = 4;

export interface ModerationRun {
  inputs: ScoredInput[];
  model: string;
  requests: number;
  durationMs: number;
  notes: string[];
}

async function pool<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return results;
}

/**
 * Sends the plan's requests and reads their scores. `onSent` gets each exact body before it is
 * sent, so "What was sent" is complete even when a call then fails.
 */
export async function runModeration(
  plan: ModerationPlan,
  call: ModelCall,
  onSent: (payload: SentPayload) => void = () => {},
): Promise<ModerationRun> {
  const started = Date.now();
  const run: ModerationRun = {
    inputs: [],
    model: call.model,
    requests: 0,
    durationMs: 0,
    notes: [],
  };
  const send = async (input: ModerationCreateParams['input'], count: number) => {
    const body: ModerationCreateParams = { model: call.model, input };
    onSent({
      purpose: 'moderation',
      provider: call.provider,
      model: call.model,
      endpoint: '/moderations',
      body: describeBody(body),
    });
    run.requests += 1;
    const raw = await withRetry(
      call.retryKey,
      () =>
        call.client.moderations.create(body, {
          signal: call.signal,
          timeout: call.timeoutMs ?? MODEL_TIMEOUT_MS,
          maxRetries: 0,
        }),
      call.classify,
      { ...call.retry, signal: call.signal },
    );
    const read = readModerationScores(raw, count);
    run.model = read.model;
    return read.scores;
  };
  const textTasks = plan.textBatches.map((batch) => async () => {
    const scores = await send(batch.input, batch.input.length);
    batch.itemIds.forEach((itemId, i) => run.inputs.push({ itemId, scores: scores[i] ?? {} }));
  });
  const imageTasks = plan.images.map((image) => async () => {
    try {
      const [scores = {}] = await send(image.input, 1);
      run.inputs.push({ itemId: image.itemId, mediaId: image.mediaId, scores });
    } catch (error) {
      // One image the provider cannot fetch must not cost the case its text scores.
      if (!(error instanceof BadRequestError)) throw error;
      run.notes.push(
        `image ${image.mediaId} in ${image.itemId} not scored: ${error.message.slice(0, 200)}`,
      );
    }
  });
  await pool([...textTasks, ...imageTasks], CONCURRENCY);
  run.durationMs = Date.now() - started;
  return run;
}
