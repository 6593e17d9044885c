import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import OpenAI from 'openai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelStatus } from '../../status/schema';
import { checkConnection, type ConnectionCheck } from '../check-connection';
import { diagnoseNetwork, kindOfNetError } from '../network-diagnosis';
import { standIn } from './fixtures';

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A tiny OpenAI-shaped server for the answers the stand-in does not give (403, 404 model…). */
async function server(route: Route): Promise<string> {
  const s = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => route(req, res, body));
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  closers.push(() => s.close());
  const { port } = s.address() as { port: number };
  return `http://127.0.0.1:${port}/v1`;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const notFoundModel = (model: string) => ({
  error: { message: `The model '${model}' does not exist`, code: 'model_not_found' },
});

function check(baseUrl: string, extra: Partial<ConnectionCheck> = {}): Promise<ModelStatus> {
  return checkConnection({
    baseUrl,
    client: new OpenAI({ apiKey: 'test-key', baseURL: baseUrl, maxRetries: 0, timeout: 2000 }),
    moderationModel: 'omni-moderation-latest',
    policyModel: 'gpt-5-mini',
    policyApi: 'chat-completions',
    timeoutMs: 2000,
    diagnose: async () => ({ kind: 'unreachable' }),
    ...extra,
  });
}

const lineOf = (s: ModelStatus) =>
  s.state === 'ok'
    ? undefined
    : { state: s.state, kind: s.kind, text: `${s.message} ${s.whatToDo}` };

describe('a working server', () => {
  it('the stand-in lists both models and is named as the stand-in', async () => {
    const s = await standIn();
    const actual = await check(s.url);
    expect(actual).toMatchObject({ state: 'ok', provider: 'stand-in', warnings: [] });
    expect(actual.state === 'ok' && actual.confirmed).toEqual([
      'omni-moderation-latest',
      'gpt-5-mini',
    ]);
  });

  it('a proxy without a model list is confirmed by minimal calls', async () => {
    let calls = 0;
    const url = await server((req, res) =>
      ++calls && req.url === '/v1/models'
        ? json(res, 404, { error: { message: 'Invalid URL (GET /v1/models)' } })
        : req.url === '/v1/moderations'
          ? json(res, 200, { id: 'm', model: 'omni-moderation-latest', results: [] })
          : json(res, 200, {
              id: 'c',
              object: 'chat.completion',
              choices: [],
              created: 1,
              model: 'x',
            }),
    );
    const answered = new Set<string>();
    const actual = await check(url, { answered });
    expect(actual).toMatchObject({ state: 'ok', provider: 'openai-compatible', models: [] });
    expect(actual.state === 'ok' && actual.confirmed).toHaveLength(2);
    // The next check (the panel's, a minute later) does not pay for the calls again.
    expect([...answered]).toEqual(['omni-moderation-latest', 'gpt-5-mini']);
    expect(calls).toBe(3);
    await check(url, { answered });
    expect(calls).toBe(4);
  });
});

describe('each failure gives its own line with what to do', () => {
  it('401: the wrong key', async () => {
    const s = await standIn();
    const client = new OpenAI({ apiKey: 'wrong', baseURL: s.url, maxRetries: 0 });
    const actual = lineOf(await check(s.url, { client }));
    expect(actual).toMatchObject({ state: 'unauthorized', kind: 'unauthorized' });
    expect(actual?.text).toMatch(/401 wrong key.*Replace/);
  });

  it('403: the key may not use the model', async () => {
    const url = await server((_req, res) => json(res, 403, { error: { message: 'no access' } }));
    expect(lineOf(await check(url))).toMatchObject({ state: 'unauthorized', kind: 'forbidden' });
  });

  it('404: the moderation model does not exist', async () => {
    const url = await server((req, res) =>
      req.url === '/v1/models'
        ? json(res, 200, { object: 'list', data: [{ id: 'gpt-5-mini', owned_by: 'x' }] })
        : json(res, 404, notFoundModel('omni-moderation-latest')),
    );
    const actual = lineOf(await check(url));
    expect(actual).toMatchObject({ kind: 'model-not-found' });
    expect(actual?.text).toContain('"omni-moderation-latest" was not found');
  });

  it('404 everywhere: the base URL is wrong', async () => {
    const url = await server((req, res) =>
      json(res, 404, { error: { message: `Invalid URL (${req.method} ${req.url})` } }),
    );
    const actual = lineOf(await check(url));
    expect(actual).toMatchObject({ kind: 'not-found' });
    expect(actual?.text).toMatch(/ends in \/v1/);
  });

  it('404: a missing policy model warns but scoring still works', async () => {
    const url = await server((req, res) =>
      req.url === '/v1/models'
        ? json(res, 200, { object: 'list', data: [{ id: 'omni-moderation-latest' }] })
        : json(res, 404, notFoundModel('gpt-5-mini')),
    );
    const actual = await check(url);
    expect(actual.state).toBe('ok');
    expect(actual.state === 'ok' && actual.warnings?.map((w) => w.kind)).toEqual([
      'model-not-found',
    ]);
  });

  it.each([
    ['rate-limit', 'rate-limited', /429/],
    ['server-error', 'server-error', /server error/],
    ['malformed', 'malformed', /not valid JSON/],
  ] as const)('stand-in fault %s', async (mode, kind, text) => {
    const s = await standIn();
    s.setFaults({ mode, count: 5 });
    const actual = lineOf(await check(s.url));
    expect(actual).toMatchObject({ kind });
    expect(actual?.text).toMatch(text);
  });

  it('timeout', async () => {
    const s = await standIn();
    s.setFaults({ mode: 'timeout', count: 1 });
    const client = new OpenAI({ apiKey: 'test-key', baseURL: s.url, maxRetries: 0, timeout: 200 });
    const actual = lineOf(await check(s.url, { client, timeoutMs: 200 }));
    expect(actual).toMatchObject({ state: 'unreachable', kind: 'timeout' });
  });

  it('an answer that is not a model list', async () => {
    const url = await server((_req, res) => json(res, 200, { hello: 'world' }));
    expect(lineOf(await check(url))).toMatchObject({ kind: 'malformed' });
  });

  it('no HTTP answer at all: the network diagnosis names the cause', async () => {
    const url = await server(() => undefined);
    closers.splice(0).forEach((close) => close());
    const diagnose = vi.fn<ConnectionCheck['diagnose']>(async () => ({
      kind: 'refused' as const,
      detail: 'net::ERR_CONNECTION_REFUSED',
    }));
    const actual = lineOf(await check(url, { diagnose }));
    expect(diagnose).toHaveBeenCalled();
    expect(actual).toMatchObject({ state: 'unreachable', kind: 'refused' });
    expect(actual?.text).toMatch(/refused the connection.*is running/);
  });
});

describe('network diagnosis', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'dns'],
    ['NS_ERROR_UNKNOWN_HOST', 'dns'],
    ['net::ERR_CONNECTION_REFUSED', 'refused'],
    ['NS_ERROR_CONNECTION_REFUSED', 'refused'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'tls'],
    ['net::ERR_FAILED', undefined],
  ])('%s → %s', (error, kind) => expect(kindOfNetError(error)).toBe(kind));

  it('without the browser error, a no-cors answer means CORS or a withdrawn permission', async () => {
    expect(await diagnoseNetwork('https://x/v1/models', undefined, async () => true)).toEqual({
      kind: 'cors',
    });
    expect(await diagnoseNetwork('https://x/v1/models', undefined, async () => false)).toEqual({
      kind: 'unreachable',
    });
  });
});
