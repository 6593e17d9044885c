import type { PolicyApi } from '../../utils/models/policy-llm';

/**
 * The team's policy model for pre-review. It lives in the case API's own configuration (the
 * environment of the process), is used only by the case API, and is never part of an answer:
 * no browser ever sees this key.
 */
export interface PreReviewModel {
  /** OpenAI or any OpenAI-compatible server, with `/v1`. */
  baseURL: string;
  apiKey: string;
  model: string;
  /** Default: Responses on api.openai.com, Chat Completions elsewhere (as the panel does). */
  api?: PolicyApi;
  /** Per call; a call that takes longer is an error, retried in a later batch. */
  timeoutMs?: number;
  /** Decisions per batch. */
  batchSize?: number;
  /** Run a batch this often (ms); without it batches run only on `POST /qa/prereview/run`. */
  intervalMs?: number;
}

export const DEFAULT_PREREVIEW_TIMEOUT_MS = 30_000;
export const DEFAULT_BATCH_SIZE = 50;

export function policyApiFor(m: PreReviewModel): PolicyApi {
  return (
    m.api ?? (new URL(m.baseURL).hostname === 'api.openai.com' ? 'responses' : 'chat-completions')
  );
}

/**
 * `CASELIGHT_PREREVIEW_API_KEY` turns pre-review on; `CASELIGHT_PREREVIEW_BASE_URL` (default
 * OpenAI), `CASELIGHT_PREREVIEW_MODEL` (default gpt-5-mini, the panel's default policy model)
 * and `CASELIGHT_PREREVIEW_INTERVAL_MINUTES` (default 15) tune it.
 */
export function preReviewModelFromEnv(env: NodeJS.ProcessEnv): PreReviewModel | undefined {
  const apiKey = env.CASELIGHT_PREREVIEW_API_KEY;
  if (!apiKey) return undefined;
  const minutes = Number(env.CASELIGHT_PREREVIEW_INTERVAL_MINUTES ?? '15');
  return {
    apiKey,
    baseURL: env.CASELIGHT_PREREVIEW_BASE_URL ?? 'https://api.openai.com/v1',
    model: env.CASELIGHT_PREREVIEW_MODEL ?? 'gpt-5-mini',
    intervalMs: Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : undefined,
  };
}
