import OpenAI from 'openai';
import { MODEL_TIMEOUT_MS } from './model-call';

export type ClientFactory = (config: { baseURL: string; apiKey: string }) => OpenAI;

/**
 * The production client. The SDK's own retries are off: `backoff.ts` retries with a cool-down
 * shared by every tab, which the SDK's per-client retries cannot do. "Browser" here is the
 * background service worker, an extension origin the host page cannot read.
 */
export const createOpenAIClient: ClientFactory = ({ baseURL, apiKey }) =>
  new OpenAI({
    apiKey,
    baseURL,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: MODEL_TIMEOUT_MS,
  });

/**
 * The production client, reporting every HTTP status it receives: the panel can say "rate
 * limited, retrying" while `backoff.ts` waits, which the final assessment alone cannot show.
 */
export function createObservedClient(onResponse: (response: Response) => void): ClientFactory {
  return ({ baseURL, apiKey }) =>
    new OpenAI({
      apiKey,
      baseURL,
      dangerouslyAllowBrowser: true,
      maxRetries: 0,
      timeout: MODEL_TIMEOUT_MS,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        onResponse(response);
        return response;
      },
    });
}
