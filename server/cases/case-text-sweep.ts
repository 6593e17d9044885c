import type { Database } from 'better-sqlite3';
import { purgeCaseText } from '../db/write-console-cases';

/** Often enough that text outlives its retention by an hour at most on disk. */
export const CASE_TEXT_SWEEP_MS = 60 * 60 * 1000;

/**
 * Purges kept case text once it expires: at start (the server may have been down when it
 * did) and every hour. Reads never serve expired text whether or not the sweep has run; the
 * sweep is what takes it off the disk. With `keepCaseText` off, all stored text goes at once:
 * the team no longer asks for it. Answers a stop function.
 */
export function startCaseTextSweep(
  db: Database,
  options: { clock?: () => Date; keepCaseText?: boolean; everyMs?: number },
): () => void {
  const clock = options.clock ?? (() => new Date());
  const keep = options.keepCaseText ?? false;
  const sweep = () => {
    try {
      purgeCaseText(db, clock(), keep);
    } catch (error) {
      // A busy or closing database: the next sweep tries again, and reads never serve it.
      console.error('[caselight-server] purging expired case text:', error);
    }
  };
  sweep();
  const timer = setInterval(sweep, options.everyMs ?? CASE_TEXT_SWEEP_MS);
  // The sweep alone never keeps a process (a test, a script) alive.
  timer.unref();
  return () => clearInterval(timer);
}
