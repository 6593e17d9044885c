import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Which requests a fault applies to, and how many of them. */
export interface FaultMatch {
  /** e.g. `PUT`; any method when absent. */
  method?: string;
  /** Path prefix, e.g. `/issues/`; any path when absent. */
  path?: string;
  /** Fault at most this many matching requests, then pass them through again. */
  times?: number;
  /** Fault each matching request with this probability (see `random`), e.g. 0.3. */
  fraction?: number;
}

export type Fault =
  | { status: 500 }
  | { status: 429; retryAfterSeconds: number }
  | { delayMs: number }
  /**
   * The console does the work, then the connection drops part-way into the answer: the worst
   * case for a retry. (Dropped before any byte, Chromium itself resends the request on a reused
   * connection, whatever its method, and the page never learns of it: see the note.)
   */
  | { loseAnswer: true };

interface Rule extends FaultMatch {
  fault: Fault;
  used: number;
}

export interface FaultProxy {
  url: string;
  port: number;
  fail(match?: FaultMatch): void;
  throttle(retryAfterSeconds: number, match?: FaultMatch): void;
  delay(delayMs: number, match?: FaultMatch): void;
  /** Forwards the request, then drops the connection instead of passing the answer back. */
  loseAnswer(match?: FaultMatch): void;
  /** Forgets every fault (the count of requests stays). */
  clear(): void;
  /** Whether any fault is set. */
  faulty(): boolean;
  /** Refuses connections, as a stopped server does, and drops open ones. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** Requests seen (faulted or not), by `METHOD /path` without the query. */
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of a real console (Redmine) that misbehaves on demand, so a test can
 * make the console fail the way production ones do without changing the console. A stopped
 * upstream gives 502, as a reverse proxy would. `random` makes `fraction` repeatable.
 */
export async function startFaultProxy(
  upstream: string,
  options: { port?: number; random?: () => number } = {},
): Promise<FaultProxy> {
  const target = new URL(upstream);
  const random = options.random ?? Math.random;
  let rules: Rule[] = [];
  const seen = new Map<string, number>();
  const sockets = new Set<Socket>();

  function faultFor(req: IncomingMessage, path: string): Fault | undefined {
    for (const rule of rules) {
      if (rule.method && rule.method.toUpperCase() !== req.method) continue;
      if (rule.path && !path.startsWith(rule.path)) continue;
      if (rule.times !== undefined && rule.used >= rule.times) continue;
      if (rule.fraction !== undefined && random() >= rule.fraction) continue;
      rule.used += 1;
      return rule.fault;
    }
    return undefined;
  }

  function forward(req: IncomingMessage, res: ServerResponse, loseAnswer = false) {
    const upstreamReq = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (upstreamRes) => {
        if (loseAnswer) {
          upstreamRes.resume();
          upstreamRes.once('end', () => res.socket?.end('HTTP/1.1 2', () => res.socket?.destroy()));
          return;
        }
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.rawHeaders);
        upstreamRes.pipe(res);
      },
    );
    upstreamReq.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('Bad gateway: the console does not answer');
    });
    req.pipe(upstreamReq);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    const key = `${req.method} ${path}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const fault = faultFor(req, path);
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    else if (fault && 'status' in fault && fault.status === 429) {
      req.resume();
      res.writeHead(429, {
        'retry-after': String(fault.retryAfterSeconds),
        'content-type': 'text/plain',
      });
      return void res.end('Too many requests (injected)');
    } else if (fault && 'status' in fault && fault.status === 500) {
      req.resume();
      res.writeHead(500, { 'content-type': 'text/plain' });
      return void res.end('Internal server error (injected)');
    }
    forward(req, res, fault !== undefined && 'loseAnswer' in fault);
  }

  let server: Server;
  let port = options.port ?? 0;
  async function listen() {
    server = createServer((req, res) => void handle(req, res));
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.address() as AddressInfo).port;
  }
  async function stopListening() {
    if (!server.listening) return;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of sockets) socket.destroy();
    await closed;
  }
  await listen();

  const add = (fault: Fault, match: FaultMatch = {}) => rules.push({ ...match, fault, used: 0 });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    fail: (match) => add({ status: 500 }, match),
    throttle: (retryAfterSeconds, match) => add({ status: 429, retryAfterSeconds }, match),
    delay: (delayMs, match) => add({ delayMs }, match),
    loseAnswer: (match) => add({ loseAnswer: true }, match),
    clear: () => void (rules = []),
    faulty: () => rules.length > 0,
    down: stopListening,
    up: async () => {
      if (!server.listening) await listen();
    },
    counts: () => Object.fromEntries(seen),
    close: stopListening,
  };
}
