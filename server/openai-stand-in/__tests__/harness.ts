import OpenAI from 'openai';
import { afterEach } from 'vitest';
import { startOpenAIStandIn, type StandInOptions, type StartedStandIn } from '../index';

/**
 * Starts a stand-in per test and a REAL openai SDK client pointed at it, so every assertion is
 * about what the SDK actually accepts. Everything started here is closed after each test.
 */
const started: StartedStandIn[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

export async function standInWithClient(
  opts: StandInOptions = {},
  clientOpts: { apiKey?: string; timeout?: number } = {},
): Promise<{ standIn: StartedStandIn; client: OpenAI }> {
  const standIn = await startOpenAIStandIn(opts);
  started.push(standIn);
  const client = new OpenAI({
    apiKey: clientOpts.apiKey ?? opts.apiKey ?? 'test',
    baseURL: standIn.url,
    maxRetries: 0,
    timeout: clientOpts.timeout ?? 5_000,
  });
  return { standIn, client };
}

/** Plain fetch for shapes the SDK would refuse to send (invalid bodies, unknown routes). */
export async function rawRequest(
  standIn: StartedStandIn,
  method: string,
  path: string,
  body?: string,
): Promise<{ status: number; headers: Headers; text: string }> {
  const origin = standIn.url.replace(/\/v1$/, '');
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: 'Bearer test' },
    body,
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
