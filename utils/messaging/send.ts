import { browser } from 'wxt/browser';
import type { RefusedResponse, Request, RequestType, ResponseMap } from './protocol';

/**
 * Sends a request to the background and returns its typed answer. Type-only imports keep
 * zod out of the content script, which uses this too.
 */
export async function sendRequest<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<ResponseMap[T]> {
  const answer = (await browser.runtime.sendMessage(request)) as ResponseMap[T] | RefusedResponse;
  if (answer && typeof answer === 'object' && 'refused' in answer) throw new Error(answer.refused);
  return answer;
}
