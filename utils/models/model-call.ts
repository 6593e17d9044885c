import type { OpenAI } from 'openai';
import type { ModelProblem } from '../assessment/schema';
import type { ModelProviderKind } from '../status/schema';
import type { RetryOptions } from './backoff';

/** Under the 30 s a service worker's fetch may take, with room for the answer to be read. */
export const MODEL_TIMEOUT_MS = 20_000;

/** Everything one model call needs, passed in so the calls stay testable against the stand-in. */
export interface ModelCall {
  client: OpenAI;
  model: string;
  provider: ModelProviderKind;
  /** Cool-downs are shared per key (the provider's base URL). */
  retryKey: string;
  classify: (error: unknown) => ModelProblem;
  signal?: AbortSignal;
  timeoutMs?: number;
  retry?: RetryOptions;
}
