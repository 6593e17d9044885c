import OpenAI, { AuthenticationError, NotFoundError } from 'openai';
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../index';
import { rawRequest, standInWithClient } from './harness';

describe('auth, models, errors and control routes', () => {
  it('requires the configured API key and answers 401 in OpenAI shape otherwise', async () => {
    const { standIn, client } = await standInWithClient({ apiKey: 'sk-right-key-1234' });
    const wrong = new OpenAI({ apiKey: 'sk-wrong-key-9999', baseURL: standIn.url, maxRetries: 0 });
    const err = await wrong.moderations.create({ input: 'hi' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).code).toBe('invalid_api_key');
    expect((err as AuthenticationError).message).not.toContain('sk-wrong-key-9999');
    await expect(client.moderations.create({ input: 'hi' })).resolves.toBeDefined();
    expect(standIn.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer sk-wrong-key-9999',
      'Bearer sk-right-key-1234',
    ]);
    expect(standIn.requests[1]!.body).toEqual({ input: 'hi' });
  });

  it('lists models, every one owned_by caselight-stand-in', async () => {
    const { client } = await standInWithClient();
    const models = [];
    for await (const model of client.models.list()) models.push(model);
    expect(models.map((m) => m.id)).toEqual(
      expect.arrayContaining(['omni-moderation-latest', 'gpt-5-mini', 'gpt-5']),
    );
    expect(new Set(models.map((m) => m.owned_by))).toEqual(new Set(['caselight-stand-in']));
    await expect(client.models.retrieve('gpt-5')).resolves.toMatchObject({ id: 'gpt-5' });
    await expect(client.models.retrieve('gpt-nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers unknown routes with 404 and unparsable JSON with 400, both in OpenAI shape', async () => {
    const { standIn } = await standInWithClient();
    const notFound = await rawRequest(standIn, 'POST', '/v1/embeddings', '{}');
    expect(notFound.status).toBe(404);
    expect(JSON.parse(notFound.text)).toEqual({
      error: {
        message: 'Invalid URL (POST /v1/embeddings)',
        type: 'invalid_request_error',
        param: null,
        code: null,
      },
    });
    const badJson = await rawRequest(standIn, 'POST', '/v1/chat/completions', '{"model":');
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.text)).toMatchObject({ error: { type: 'invalid_request_error' } });
  });

  it('is driven over HTTP: faults, latency and the request log', async () => {
    const { standIn, client } = await standInWithClient();
    const faults = await rawRequest(
      standIn,
      'POST',
      '/_stand-in/faults',
      JSON.stringify({ mode: 'server-error', count: 1 }),
    );
    expect(faults.status).toBe(200);
    await expect(client.moderations.create({ input: 'a' })).rejects.toMatchObject({ status: 500 });
    const latency = await rawRequest(
      standIn,
      'POST',
      '/_stand-in/latency',
      JSON.stringify({ ms: 120 }),
    );
    expect(latency.status).toBe(200);
    const started = Date.now();
    await client.moderations.create({ input: 'b' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    const log = await rawRequest(standIn, 'GET', '/_stand-in/requests');
    const { requests } = JSON.parse(log.text) as { requests: RecordedRequest[] };
    // Control calls are not recorded; only the two API calls are.
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/v1/moderations', { input: 'a' }],
      ['POST', '/v1/moderations', { input: 'b' }],
    ]);
    const invalid = await rawRequest(
      standIn,
      'POST',
      '/_stand-in/faults',
      JSON.stringify({ mode: 'explode' }),
    );
    expect(invalid.status).toBe(400);
  });
});
