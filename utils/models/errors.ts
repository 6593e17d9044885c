import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { ModelProblem } from '../assessment/schema';
import { retryAfterMs } from '../http/retry-after';
import { CoolingDownError, OffSchemaError, RefusalError } from './error-types';

export { CoolingDownError, isAbort, OffSchemaError, RefusalError } from './error-types';

export interface ProblemContext {
  source: ModelProblem['source'];
  model: string;
  baseUrl: string;
  /** The policy LLM's API, to suggest the other one when an endpoint is missing. */
  api?: 'responses' | 'chat-completions';
  timeoutMs?: number;
}

type Fields = Omit<ModelProblem, 'source'>;

const seconds = (ms: number) => `${Math.max(1, Math.ceil(ms / 1000))} s`;
const detail = (error: Error) => error.message.slice(0, 300);

function fromStatus(error: APIError, ctx: ProblemContext, now: number): Fields {
  const status = error.status ?? 0;
  const base = { status, retryable: false };
  if (status === 401) {
    return {
      ...base,
      kind: 'unauthorized',
      message: `${ctx.baseUrl} refused the API key or proxy token (401).`,
      whatToDo:
        'Check the key or token in Caselight options: it may be mistyped, revoked or for another organisation.',
    };
  }
  if (status === 403) {
    return {
      ...base,
      kind: 'forbidden',
      message: `The key may not use ${ctx.model} here (403): ${detail(error)}`,
      whatToDo:
        'Ask your admin to grant this key the model, or choose another model in Caselight options.',
    };
  }
  // A word match: "Invalid URL (GET /v1/models)" is a missing route, not a missing model.
  if (status === 404 && (error.code === 'model_not_found' || /\bmodel\b/i.test(error.message))) {
    return {
      ...base,
      kind: 'model-not-found',
      message: `Model "${ctx.model}" was not found at ${ctx.baseUrl}.`,
      whatToDo:
        'Check the model name in Caselight options; Test connection lists the models this server has.',
    };
  }
  if (status === 404) {
    const alt =
      ctx.api === 'responses'
        ? ' Many OpenAI-compatible servers lack the Responses API: switch the policy LLM to Chat Completions.'
        : '';
    return {
      ...base,
      kind: 'not-found',
      message: `${ctx.baseUrl} has no such endpoint (404).`,
      whatToDo: `Check the base URL in Caselight options (it usually ends in /v1).${alt}`,
    };
  }
  if (status === 429 && error.code === 'insufficient_quota') {
    return {
      ...base,
      kind: 'quota',
      message: 'The provider account is out of quota or credit (429).',
      whatToDo:
        "Add credit or raise the spending limit in the provider's billing settings; retrying will not help.",
    };
  }
  if (status === 429) {
    const wait = error.headers ? retryAfterMs(error.headers, now) : undefined;
    const when = wait === undefined ? 'shortly' : `in ${seconds(wait)}`;
    return {
      ...base,
      kind: 'rate-limited',
      retryable: true,
      retryAfterMs: wait === undefined ? undefined : Math.round(wait),
      message: `Rate limited by the model provider (429); it can be asked again ${when}.`,
      whatToDo:
        'Caselight retries by itself. If this keeps happening, ask for a higher rate limit.',
    };
  }
  if (status >= 500) {
    return {
      ...base,
      kind: 'server-error',
      retryable: true,
      message: `The model provider had a server error (${status}).`,
      whatToDo:
        "Usually temporary: Caselight retries. If it persists, check the provider's status page.",
    };
  }
  return {
    ...base,
    kind: 'bad-request',
    message: `The model provider rejected the request (${status}): ${detail(error)}`,
    whatToDo:
      'Report this with the case id: the request may use a feature this server lacks (e.g. an image it cannot fetch).',
  };
}

/** Maps whatever a call threw to a specific message for the reviewer, with what to do next. */
export function toModelProblem(
  error: unknown,
  ctx: ProblemContext,
  now = Date.now(),
): ModelProblem {
  const source = ctx.source;
  if (error instanceof APIConnectionTimeoutError) {
    const within = ctx.timeoutMs ? ` within ${seconds(ctx.timeoutMs)}` : '';
    return {
      source,
      kind: 'timeout',
      retryable: true,
      message: `${ctx.baseUrl} did not answer${within}.`,
      whatToDo:
        "Try again; if it keeps happening, check the provider's status page and your network.",
    };
  }
  if (error instanceof APIConnectionError) {
    return {
      source,
      kind: 'unreachable',
      retryable: true,
      message: `Cannot reach ${ctx.baseUrl}: ${detail(error)}`,
      whatToDo: 'Check the network, VPN or proxy, and the base URL in Caselight options.',
    };
  }
  if (error instanceof APIError) return { source, ...fromStatus(error, ctx, now) };
  if (error instanceof CoolingDownError) {
    return {
      source,
      kind: 'rate-limited',
      retryable: true,
      retryAfterMs: Math.round(error.retryAfterMs),
      message: `Rate limited by the model provider; it can be asked again in ${seconds(error.retryAfterMs)}.`,
      whatToDo: 'Wait, then reopen the case or press retry.',
    };
  }
  if (error instanceof SyntaxError) {
    return {
      source,
      kind: 'malformed',
      retryable: true,
      message: "The model provider's answer was not valid JSON.",
      whatToDo:
        'Usually a proxy cutting the answer short: retry. If it persists, check the proxy or base URL.',
    };
  }
  if (error instanceof OffSchemaError) {
    const hint =
      ctx.source === 'policy-llm'
        ? ' The model may not support structured output: try another policy model or API setting.'
        : ' Check that the server really is OpenAI-compatible.';
    return {
      source,
      kind: 'off-schema',
      retryable: false,
      message: `The answer did not have the expected shape: ${detail(error)}`,
      whatToDo: `Decide from the scores and guidance.${hint}`,
    };
  }
  if (error instanceof RefusalError) {
    return {
      source,
      kind: 'refused',
      retryable: false,
      message: `The policy model declined to assess this case: ${detail(error)}`,
      whatToDo: 'Decide from the scores and guidance.',
    };
  }
  const text = error instanceof Error ? detail(error) : String(error).slice(0, 300);
  return {
    source,
    kind: 'unknown',
    retryable: false,
    message: `Unexpected error: ${text}`,
    whatToDo: 'Retry; if it persists, report it with the case id.',
  };
}
