import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the console stand-ins share: a real HTTP server on 127.0.0.1, JSON in and out, Basic
 * credentials read from the header, every request logged, and faults a test asks for. Each
 * vendor file adds only its routes, its body schemas and its error shapes. Test and demo code.
 */

export interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
  invalidJson: boolean;
  credentials?: { username: string; password: string };
}

export interface Answer {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface FaultOptions {
  /** Let the write land, then answer the fault (the case a retry must not repeat). */
  afterWrite?: boolean;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
}

export interface StandIn {
  url: string;
  /** `METHOD /path?query` of every request, in order. */
  requests: string[];
  /** The next `times` writes (any method but GET) answer `status` instead. */
  fail(times: number, status: number, options?: FaultOptions): void;
  close(): Promise<void>;
}

export interface StandInSpec {
  port?: number;
  /** The vendor's answer to credentials it refuses; undefined lets the request through. */
  refuse(incoming: Incoming): Answer | undefined;
  route(incoming: Incoming): Answer;
  /** The vendor's answer for an injected status. */
  faultAnswer(status: number): Answer;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function credentialsOf(header: string | undefined): Incoming['credentials'] {
  const match = /^Basic (.+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function startStandIn(spec: StandInSpec): Promise<StandIn> {
  const requests: string[] = [];
  let faults: (FaultOptions & { times: number; status: number })[] = [];
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    let body: unknown;
    let invalidJson = false;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      invalidJson = true;
    }
    const incoming: Incoming = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      invalidJson,
      credentials: credentialsOf(req.headers.authorization),
    };
    requests.push(`${incoming.method} ${url.pathname}${url.search}`);
    const send = ({ status, json, text: plain, headers = {} }: Answer) => {
      const type = json === undefined ? 'text/plain' : 'application/json; charset=utf-8';
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(json === undefined ? (plain ?? '') : JSON.stringify(json));
    };
    const fault = incoming.method === 'GET' ? undefined : faults[0];
    const injected = () => {
      if (--fault!.times <= 0) faults = faults.slice(1);
      const answer = spec.faultAnswer(fault!.status);
      const wait = fault!.retryAfter;
      return wait === undefined
        ? answer
        : { ...answer, headers: { ...answer.headers, 'retry-after': String(wait) } };
    };
    const refused = spec.refuse(incoming);
    if (refused) return send(refused);
    if (fault && !fault.afterWrite) return send(injected());
    const answer = spec.route(incoming);
    const wrote = answer.status >= 200 && answer.status < 300;
    return send(fault?.afterWrite && wrote ? injected() : answer);
  });
  await new Promise<void>((resolve) => server.listen(spec.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail: (times, status, options = {}) => void faults.push({ times, status, ...options }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
