import type { Database } from 'better-sqlite3';
import type { PreReviewRun } from '../../utils/qa/prereview-schema';
import { createOpenAIClient } from '../../utils/models/client-factory';
import type { CaseResolver } from '../cases/resolve-case';
import type { PreReviewModel } from './config';
import { runPreReviewBatch } from './run-batch';

export interface PreReviewService {
  model: PreReviewModel | undefined;
  /** Runs a batch, or joins the one already running: one batch at a time per process. */
  run(): Promise<PreReviewRun>;
  /** Starts the timer when the model has an interval, ticking while `alive()`; returns its stop. */
  startTimer(alive: () => boolean): () => void;
}

export function createPreReviewService(
  db: Database,
  cases: CaseResolver,
  clock: () => Date,
  model: PreReviewModel | undefined,
): PreReviewService {
  const client = model && createOpenAIClient({ baseURL: model.baseURL, apiKey: model.apiKey });
  let running: Promise<PreReviewRun> | undefined;
  const run = () => {
    running ??= runPreReviewBatch({ db, cases, clock, model, client }).finally(() => {
      running = undefined;
    });
    return running;
  };
  const startTimer = (alive: () => boolean) => {
    if (!model?.intervalMs) return () => {};
    const timer = setInterval(() => {
      // The database closes with the server; the timer is unref'd and simply stops working.
      if (!alive()) return clearInterval(timer);
      run().catch((error: unknown) => console.error('[caselight-server] pre-review:', error));
    }, model.intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  };
  return { model, run, startTimer };
}
