import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { CoolingDownError, isAbort, OffSchemaError, RefusalError, toModelProblem } from '../errors';

const ctx = {
  source: 'moderation' as const,
  model: 'omni-moderation-latest',
  baseUrl: 'https://api.openai.com/v1',
};
const now = Date.parse('2026-11-27T10:00:00Z');

function status(code: number, error: object = {}, headers: Record<string, string> = {}) {
  return APIError.generate(
    code,
    { error: { message: 'provider says no', ...error } },
    undefined,
    new Headers(headers),
  );
}

describe('SDK errors map to a specific problem with what to do', () => {
  const table: [string, unknown, string, boolean][] = [
    ['401', status(401), 'unauthorized', false],
    ['403', status(403), 'forbidden', false],
    [
      '404 model',
      status(404, { code: 'model_not_found', message: "The model 'x' does not exist" }),
      'model-not-found',
      false,
    ],
    ['404 route', status(404, { message: 'Invalid URL (POST /v1/responses)' }), 'not-found', false],
    ['429 quota', status(429, { code: 'insufficient_quota' }), 'quota', false],
    ['429 rate', status(429, { code: 'rate_limit_exceeded' }), 'rate-limited', true],
    ['500', status(500), 'server-error', true],
    ['503', status(503), 'server-error', true],
    ['400', status(400), 'bad-request', false],
    ['timeout', new APIConnectionTimeoutError(), 'timeout', true],
    ['connection', new APIConnectionError({ message: 'fetch failed' }), 'unreachable', true],
    ['malformed JSON', new SyntaxError('Unexpected end of JSON input'), 'malformed', true],
    [
      'off-schema',
      new OffSchemaError('action "ban" is not in the guidance pack'),
      'off-schema',
      false,
    ],
    ['refusal', new RefusalError("I can't help with that"), 'refused', false],
    ['cool-down', new CoolingDownError(12_000), 'rate-limited', true],
    ['anything else', new TypeError('x is undefined'), 'unknown', false],
  ];
  it.each(table)('%s', (_name, error, kind, retryable) => {
    const actual = toModelProblem(error, ctx, now);
    expect(actual).toMatchObject({ source: 'moderation', kind, retryable });
    expect(actual.message.length).toBeGreaterThan(10);
    expect(actual.whatToDo.length).toBeGreaterThan(10);
  });

  it('a missing endpoint on a compatible server suggests Chat Completions', () => {
    const actual = toModelProblem(status(404), { ...ctx, source: 'policy-llm', api: 'responses' });
    expect(actual.whatToDo).toMatch(/Chat Completions/);
  });

  it('names the model that was not found', () => {
    expect(toModelProblem(status(404, { code: 'model_not_found' }), ctx).message).toMatch(
      /"omni-moderation-latest"/,
    );
  });
});

const wait = (headers: Record<string, string>) =>
  toModelProblem(status(429, {}, headers), ctx, now).retryAfterMs;

describe('Retry-After on a 429', () => {
  it('reads seconds', () => expect(wait({ 'retry-after': '7' })).toBe(7000));
  it('reads an HTTP date', () =>
    expect(wait({ 'retry-after': 'Fri, 27 Nov 2026 10:00:30 GMT' })).toBe(30_000));
  it('prefers retry-after-ms', () =>
    expect(wait({ 'retry-after-ms': '1500', 'retry-after': '7' })).toBe(1500));
  it('is absent when the header is', () => expect(wait({})).toBeUndefined());
  it('says when in the message', () =>
    expect(toModelProblem(status(429, {}, { 'retry-after': '7' }), ctx, now).message).toMatch(
      /in 7 s/,
    ));
});

it('aborts are recognised, whichever way they arrive', () => {
  expect(isAbort(new APIUserAbortError())).toBe(true);
  expect(isAbort(new DOMException('left the case', 'AbortError'))).toBe(true);
  expect(isAbort(new Error('boom'))).toBe(false);
});
