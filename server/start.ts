import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Database } from 'better-sqlite3';
import { createApp, type AppOptions } from './app';
import { startCaseTextSweep } from './cases/case-text-sweep';
import { openDatabase } from './db/open';
import { startQaSampler } from './qa/sample-run';
import { closeConnectionsWhileDraining, closeGracefully } from './instances/graceful-close';
import { createLifecycle } from './instances/lifecycle';
import { seedDatabase } from './seed';
import { startEscalationDelivery, type DeliveryOptions } from './escalations/delivery';

/**
 * `clock`, `decisionDelayMs`, `faults`, `classicDesign` and the case settings
 * (`hostedConsoles`, `strictCases`, `keepCaseText`, `caseTextRetentionDays`) are described on
 * `AppOptions` and `CaseOptions`.
 */
export interface StartCaseApiOptions extends AppOptions {
  /** TCP port; 0 (the default) picks a free one, which is what tests want. */
  port?: number;
  /** Interface to listen on; defaults to loopback so the demo is not exposed to the LAN. */
  host?: string;
  /** SQLite file, or ':memory:' (the default) for a throwaway database. */
  dbPath?: string;
  /**
   * Required, so every caller says which it is. `true`: seed the demo teams, users and their
   * public tokens (those missing) and, into an empty database, the demo cases, and serve the
   * demo and classic consoles; for the demo, tests and benches. `false`: a team's own server,
   * the case API alone, holding only what its admins create.
   */
  demo: boolean;
  /** Reference time for seeded timestamps; defaults to now. Fix it for repeatable data. */
  now?: Date;
  /** Runs QA sampling every this many ms (leads need not POST /qa/sample); off when unset. */
  qaSampleEveryMs?: number;
  /**
   * Seed the demo data here; defaults to `demo`. With several instances the primary seeds
   * once before the workers start, and the workers serve the demo without seeding.
   */
  seedDemo?: boolean;
  /**
   * On `close()`, how long in-flight requests may finish (ms). 0, the default, cuts them at
   * once, as tests want; `npm run server` gives them 10 s.
   */
  shutdownGraceMs?: number;
  /** On `close()`, how long `/readyz` says 503 while still accepting (ms); default 0. */
  drainDelayMs?: number;
  /** Escalation webhook delivery: poll period (`everyMs`, default 1 s) and retry backoff. */
  escalationDelivery?: DeliveryOptions & { everyMs?: number };
}

export interface StartedServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:53121`. */
  url: string;
  port: number;
  /**
   * Drains (`/readyz` 503), stops accepting connections, lets in-flight requests finish within
   * `shutdownGraceMs`, then closes the database.
   */
  close(): Promise<void>;
  db: Database;
}

/** A host as it must appear in a URL (IPv6 in brackets; wildcard addresses as loopback). */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts the reference case API and demo console on a real Node HTTP server. */
export async function startCaseApi(opts: StartCaseApiOptions): Promise<StartedServer> {
  const host = opts.host ?? '127.0.0.1';
  const db = openDatabase(opts.dbPath ?? ':memory:');
  if (opts.seedDemo ?? opts.demo) seedDatabase(db, opts.now);

  const lifecycle = createLifecycle();
  const app = createApp(db, { ...opts, demoConsoles: opts.demo, lifecycle });
  const server = createServer(getRequestListener(app.fetch));
  closeConnectionsWhileDraining(server, lifecycle);
  const stopCaseSweep = startCaseTextSweep(db, opts);
  const stopSampler = opts.qaSampleEveryMs
    ? startQaSampler(db, { everyMs: opts.qaSampleEveryMs, clock: opts.clock })
    : () => undefined;
  const stopDelivery = startEscalationDelivery(db, {
    clock: opts.clock,
    ...opts.escalationDelivery,
  });
  const stopSweep = () => {
    stopCaseSweep();
    stopSampler();
    stopDelivery();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    stopSweep();
    db.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = () => {
    stopSweep();
    closing ??= closeGracefully(server, lifecycle, {
      graceMs: opts.shutdownGraceMs ?? 0,
      drainDelayMs: opts.drainDelayMs ?? 0,
    }).finally(() => db.close());
    return closing;
  };

  return { url: `http://${urlHost(host)}:${port}`, port, close, db };
}
