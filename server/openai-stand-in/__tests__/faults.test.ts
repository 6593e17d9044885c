import {
  APIConnectionTimeoutError,
  InternalServerError,
  OpenAIError,
  RateLimitError,
} from 'openai';
import { describe, expect, it } from 'vitest';
import { standInWithClient } from './harness';

const input = 'hello';

describe('fault injection seen through the openai SDK', () => {
  it('rate-limit: RateLimitError with retry-after and x-ratelimit headers, then recovers', async () => {
    const { standIn, client } = await standInWithClient();
    standIn.setFaults({ mode: 'rate-limit', count: 1, retryAfterSeconds: 7 });
    const err = await client.moderations.create({ input }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    const rateLimit = err as RateLimitError;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.headers?.get('retry-after')).toBe('7');
    expect(rateLimit.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    expect(rateLimit.type).toBe('requests');
    await expect(client.moderations.create({ input })).resolves.toMatchObject({ results: [{}] });
  });

  it('server-error: InternalServerError for exactly `count` requests', async () => {
    const { standIn, client } = await standInWithClient();
    standIn.setFaults({ mode: 'server-error', count: 2 });
    await expect(client.models.list()).rejects.toBeInstanceOf(InternalServerError);
    await expect(client.models.list()).rejects.toBeInstanceOf(InternalServerError);
    await expect(client.models.list()).resolves.toBeDefined();
  });

  it('without a count a fault lasts until reset', async () => {
    const { standIn, client } = await standInWithClient();
    standIn.setFaults({ mode: 'server-error' });
    for (let i = 0; i < 3; i++) {
      await expect(client.moderations.create({ input })).rejects.toBeInstanceOf(
        InternalServerError,
      );
    }
    standIn.setFaults({ mode: 'none' });
    await expect(client.moderations.create({ input })).resolves.toBeDefined();
  });

  it('malformed: 200 with a truncated JSON body makes the SDK throw', async () => {
    const { standIn, client } = await standInWithClient();
    standIn.setFaults({ mode: 'malformed', count: 1 });
    await expect(
      client.chat.completions.create({
        model: 'gpt-5-mini',
        messages: [{ role: 'user', content: input }],
      }),
    ).rejects.toThrow(SyntaxError);
    await expect(client.moderations.create({ input })).resolves.toBeDefined();
  });

  it('timeout: the SDK times out and close() still returns promptly', async () => {
    const { standIn, client } = await standInWithClient({}, { timeout: 300 });
    standIn.setFaults({ mode: 'timeout', count: 1 });
    const err = await client.moderations.create({ input }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    expect(err).toBeInstanceOf(OpenAIError);
    // A second hung request is still open on the server when we close.
    standIn.setFaults({ mode: 'timeout', count: 1 });
    const hung = client.moderations.create({ input }, { timeout: 10_000 }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await standIn.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await hung).toBeInstanceOf(OpenAIError);
  });

  it('latency delays every answer', async () => {
    const { standIn, client } = await standInWithClient({ latencyMs: 150 });
    let started = Date.now();
    await client.moderations.create({ input });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    standIn.setLatency(0);
    started = Date.now();
    await client.moderations.create({ input });
    expect(Date.now() - started).toBeLessThan(140);
  });
});
