import { browser } from 'wxt/browser';
import type { RefusedResponse, Request, RequestType, ResponseMap } from './protocol';

/**
 * Sends a request to the background and returns its typed answer. Type-only imports keep
 * zod out of the content script, which uses this too.
 */
export async function sendRequest<T extends RequestType>(
  request: Extract<Request, { type: T }>,
): Promise<ResponseMap[T]> {
  const answer = (await browser.runtime.sendMessage(request)) as
    ResponseMap[T] | RefusedResponse | undefined;
  // Every handler answers with an object: nothing back means the background never handled it
  // (it was stopping or starting), and a caller must not take that for success.
  if (answer === undefined || answer === null)
    throw new Error('The background did not answer; try again.');
  if (typeof answer === 'object' && 'refused' in answer) throw new Error(answer.refused);
  return answer;
}

/**
 * Sends, and tries again a few times when the background did not take it (the service worker
 * was being stopped or started). Only for requests that are safe to repeat.
 */
export async function sendRequestRetrying<T extends RequestType>(
  request: Extract<Request, { type: T }>,
  tries = 4,
): Promise<ResponseMap[T]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendRequest(request);
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150 * attempt));
    }
  }
}
