import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Lifecycle } from './lifecycle';

export interface ShutdownOptions {
  /**
   * How long requests already being served may take to finish once the server stops
   * accepting; past it, their connections are cut. 0 cuts at once (tests, embedding).
   */
  graceMs: number;
  /**
   * How long `/readyz` answers 503 while new requests are still accepted, before the
   * listener closes: the time an external load balancer needs to see it and stop routing here.
   */
  drainDelayMs: number;
}

/**
 * While draining, answers ask the client to close its keep-alive connection, so it opens its
 * next request elsewhere instead of racing this server closing the idle socket under it.
 */
export function closeConnectionsWhileDraining(server: Server, lifecycle: Lifecycle): void {
  // Before the app's listener, which may answer synchronously.
  server.prependListener('request', (_request, response) => {
    if (lifecycle.draining) response.setHeader('Connection', 'close');
  });
}

/** Drains, stops accepting, lets in-flight requests finish within the grace, then resolves. */
export async function closeGracefully(
  server: Server,
  lifecycle: Lifecycle,
  { graceMs, drainDelayMs }: ShutdownOptions,
): Promise<void> {
  lifecycle.draining = true;
  if (drainDelayMs > 0) await sleep(drainDelayMs);
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
  if (graceMs <= 0) {
    server.closeAllConnections();
    return closed;
  }
  // close() waits for every connection; a keep-alive one goes idle once its answer is sent,
  // and is dropped at the next sweep.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 25);
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
}
