import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../db/open';
import { seedDatabase } from '../seed';
import { printBanner, type BannerOptions } from '../start-banner';
import { stopOnSignals } from './stop-on-signals';

/**
 * The cluster's primary: it serves nothing itself. It migrates and seeds once, so workers
 * never race to do either; forks the workers, which share its listening port (the primary
 * hands out connections round-robin); replaces a worker that dies; and on SIGTERM/SIGINT has
 * every worker drain before it exits. Nothing a request needs lives here: all shared state is
 * in the database, so a worker can die at any moment and another answer its client's retry.
 */
export async function runPrimary(options: BannerOptions): Promise<void> {
  const db = openDatabase(options.dbPath);
  if (options.demo) seedDatabase(db);

  let stopping = false;
  const serving = new Set<Worker>();
  const listening = (worker: Worker) =>
    once(worker, 'listening').then(([address]: AddressInfo[]) => {
      serving.add(worker);
      return address!;
    });

  cluster.on('exit', (worker, code, signal) => {
    const wasServing = serving.delete(worker);
    if (stopping) return;
    if (!wasServing) {
      // It died before listening (port taken, bad config): a restart would die the same way.
      console.error(`worker ${worker.process.pid} exited before serving (${signal ?? code})`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      return;
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    void listening(cluster.fork()).catch(() => {});
  });

  const workers = Array.from({ length: options.instances }, () => cluster.fork());
  const [address] = await Promise.all(workers.map(listening));
  const host = address!.address.includes(':') ? `[${address!.address}]` : address!.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address!.port}`;
  printBanner(url, db, options);
  db.close();

  stopOnSignals(async () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    const exited = alive.map((worker) => once(worker, 'exit'));
    for (const worker of alive) worker.process.kill('SIGTERM');
    await Promise.all(exited);
  });
}
