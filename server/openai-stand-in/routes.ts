import { createChatCompletion } from './chat-completions';
import { invalidUrl } from './errors';
import { listModels, retrieveModel } from './models';
import { createModeration } from './moderations';
import { createResponse } from './responses';

type Handler = (body: unknown, pathParam: string) => unknown;

/** The OpenAI endpoints the stand-in speaks. Anything else is a 404 like the real API's. */
const ROUTES: readonly { method: string; pattern: RegExp; handler: Handler }[] = [
  { method: 'POST', pattern: /^\/v1\/moderations$/, handler: (body) => createModeration(body) },
  {
    method: 'POST',
    pattern: /^\/v1\/chat\/completions$/,
    handler: (body) => createChatCompletion(body),
  },
  { method: 'POST', pattern: /^\/v1\/responses$/, handler: (body) => createResponse(body) },
  { method: 'GET', pattern: /^\/v1\/models$/, handler: () => listModels() },
  { method: 'GET', pattern: /^\/v1\/models\/([^/]+)$/, handler: (_body, id) => retrieveModel(id) },
];

/** Runs the matching handler; throws StandInError (400/404) for the caller to send. */
export function dispatch(method: string, path: string, body: unknown): unknown {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match && route.method === method) {
      return route.handler(body, decodeURIComponent(match[1] ?? ''));
    }
  }
  throw invalidUrl(method, path);
}
