import type { ErrorObject } from 'openai/resources/shared';
import type { z } from 'zod';

/** OpenAI wraps every error as `{ error: ErrorObject }`; the SDK reads `body.error`. */
export interface OpenAIErrorBody {
  error: ErrorObject;
}

/** Thrown by handlers; the server turns it into the status, headers and body it carries. */
export class StandInError extends Error {
  constructor(
    readonly status: number,
    readonly body: OpenAIErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error.message);
  }
}

function error(
  status: number,
  fields: ErrorObject,
  headers?: Record<string, string>,
): StandInError {
  return new StandInError(status, { error: fields } satisfies OpenAIErrorBody, headers);
}

export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
): StandInError {
  return error(400, { message, type: 'invalid_request_error', param, code });
}

/** The real API answers unknown routes and wrong methods alike with this 404. */
export function invalidUrl(method: string, path: string): StandInError {
  const message = `Invalid URL (${method} ${path})`;
  return error(404, { message, type: 'invalid_request_error', param: null, code: null });
}

export function modelNotFound(id: string): StandInError {
  const message = `The model '${id}' does not exist`;
  return error(404, {
    message,
    type: 'invalid_request_error',
    param: 'model',
    code: 'model_not_found',
  });
}

export function invalidApiKey(provided: string | undefined): StandInError {
  if (!provided) {
    const message =
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
    return error(401, { message, type: 'invalid_request_error', param: null, code: null });
  }
  // Mask like the real API so keys never end up whole in logs.
  const masked = provided.length > 8 ? `${provided.slice(0, 3)}***${provided.slice(-4)}` : '***';
  const message = `Incorrect API key provided: ${masked}. This is the Caselight OpenAI stand-in.`;
  return error(401, {
    message,
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  });
}

export function rateLimited(retryAfterSeconds: number): StandInError {
  const message = `Rate limit reached for requests (Caselight stand-in fault). Please try again in ${retryAfterSeconds}s.`;
  return error(
    429,
    { message, type: 'requests', param: null, code: 'rate_limit_exceeded' },
    {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit-requests': '500',
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': `${retryAfterSeconds}s`,
      'x-ratelimit-limit-tokens': '200000',
      'x-ratelimit-remaining-tokens': '200000',
      'x-ratelimit-reset-tokens': '0s',
    },
  );
}

export function serverError(): StandInError {
  const message = 'The server had an error while processing your request. Sorry about that!';
  return error(500, { message, type: 'server_error', param: null, code: null });
}

/** Maps the first zod issue onto the messages OpenAI uses for missing and invalid parameters. */
export function fromZodError(err: z.ZodError, body: unknown): StandInError {
  const issue = err.issues[0];
  if (!issue) return invalidRequest('Invalid request body.');
  const param = issue.path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );
  if (param === '') return invalidRequest('The request body must be a JSON object.');
  if (valueAt(body, issue.path) === undefined) {
    return invalidRequest(
      `Missing required parameter: '${param}'.`,
      param,
      'missing_required_parameter',
    );
  }
  return invalidRequest(`Invalid value for '${param}': ${issue.message}`, param, 'invalid_value');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
