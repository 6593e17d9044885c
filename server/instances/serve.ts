import cluster from 'node:cluster';
import { printBanner, type BannerOptions } from '../start-banner';
import { startCaseApi } from '../start';
import { runPrimary } from './primary';
import { stopOnSignals } from './stop-on-signals';

/**
 * `npm run server`: one process as before, or with `instances > 1` a primary that prepares
 * the database and supervises that many workers sharing the port (node:cluster). The
 * primary's own code is in `primary.ts`; the same entry file runs in every worker.
 */
export async function serve(options: BannerOptions): Promise<void> {
  if (options.instances > 1 && cluster.isPrimary) return runPrimary(options);
  if (cluster.isWorker) return runWorker(options);
  const server = await startCaseApi(options);
  printBanner(server.url, server.db, options);
  stopOnSignals(() => server.close());
}

/** A worker: the primary migrated and seeded, so it only serves, and stops with its primary. */
async function runWorker(options: BannerOptions): Promise<void> {
  const server = await startCaseApi({ ...options, seedDemo: false });
  const stop = stopOnSignals(() => server.close(), true);
  // The primary is gone (killed, crashed): nobody would restart or stop this worker.
  process.on('disconnect', stop);
}
