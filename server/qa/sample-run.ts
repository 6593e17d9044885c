import type { Database } from 'better-sqlite3';
import { selectSamples } from '../../utils/qa/sample';
import { currentRules } from '../db/qa-settings';
import { insertSamples, liveCandidates } from '../db/qa-samples';

const DAY_MS = 86_400_000;

/**
 * Applies the current rules to live decisions since `since` (a day ago by default) that no run
 * has sampled yet. The draw is stable per decision id and samples are keyed by it, so a timer
 * and a lead's POST may both run without a decision entering the queue twice.
 */
export function runSampling(
  db: Database,
  now: Date,
  since = new Date(now.getTime() - DAY_MS),
): { considered: number; added: number } {
  const candidates = liveCandidates(db, since, true);
  const added = insertSamples(db, selectSamples(currentRules(db), candidates), now.toISOString());
  return { considered: candidates.length, added };
}

/**
 * Runs sampling every `everyMs` so leads need not call `POST /qa/sample` per shift; the window
 * covers twice the period, so a run missed while the server was busy is caught by the next.
 * Answers a stop function.
 */
export function startQaSampler(
  db: Database,
  options: { everyMs: number; clock?: () => Date },
): () => void {
  const clock = options.clock ?? (() => new Date());
  const run = () => {
    const now = clock();
    const since = new Date(now.getTime() - Math.max(DAY_MS, 2 * options.everyMs));
    try {
      runSampling(db, now, since);
    } catch (error) {
      // A busy or closing database: the next run picks up what this one missed.
      console.error('[caselight-server] QA sampling:', error);
    }
  };
  const timer = setInterval(run, options.everyMs);
  // The timer alone never keeps a process (a test, a script) alive.
  timer.unref();
  return () => clearInterval(timer);
}
