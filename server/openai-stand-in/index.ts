import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { StandInContext } from './context';
import { FaultState } from './faults';
import { handleRequest } from './handler';
import type { StandInOptions, StartedStandIn } from './types';

export type {
  RecordedRequest,
  StandInFaultMode,
  StandInFaults,
  StandInOptions,
  StartedStandIn,
} from './types';
export { STAND_IN_OWNER } from './models';

/**
 * Starts the OpenAI API stand-in: the only fake in Caselight's tests and demo. It speaks the
 * real request and response shapes (typed against the openai SDK), scores content from a fixed
 * cue table, and can inject rate limits, server errors, hangs and malformed bodies.
 */
export async function startOpenAIStandIn(opts: StandInOptions = {}): Promise<StartedStandIn> {
  const host = opts.host ?? '127.0.0.1';
  const aborter = new AbortController();
  const ctx: StandInContext = {
    apiKey: opts.apiKey,
    faults: new FaultState(),
    latencyMs: opts.latencyMs ?? 0,
    requests: [],
    signal: aborter.signal,
  };

  // Sockets are tracked so close() can drop requests held open by the 'timeout' fault;
  // server.close() alone would wait for them forever.
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handleRequest(ctx, req, res).catch((err: unknown) => {
      console.error('[openai-stand-in]', err);
      res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const port = await listen(server, opts.port ?? 0, host);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${urlHost}:${port}/v1`,
    port,
    requests: ctx.requests,
    setFaults: (f) => ctx.faults.set(f),
    setLatency: (ms) => {
      ctx.latencyMs = Math.max(0, ms);
    },
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        aborter.abort();
        server.close((err) => (err ? reject(err) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('openai stand-in: server has no TCP address'));
        return;
      }
      resolve(address.port);
    });
  });
}
