import type { Database } from 'better-sqlite3';
import type { CaseSummary } from '../../utils/case-api/schema';
import { findGoldCase, getGoldSet } from '../db/gold-sets';
import { readCalibration } from '../db/training-attempts';

/**
 * Live calibration: the console's queue gets one gold case after every `1/rate - 1` live cases,
 * looking like any other case. A reviewer's decision on it becomes a calibration attempt
 * (the case API files decisions on gold cases apart), never a live decision.
 */
export function withCalibrationCases(db: Database, live: CaseSummary[]): CaseSummary[] {
  const { rate, setId } = readCalibration(db);
  const set = setId === null || rate <= 0 ? undefined : getGoldSet(db, setId);
  if (!set || set.items.length === 0) return live;
  const every = Math.max(1, Math.round(1 / rate) - 1);
  const gold = set.items.map((item) => goldSummary(db, item.caseId)).filter((s) => s !== undefined);
  const queue: CaseSummary[] = [];
  live.forEach((summary, index) => {
    queue.push(summary);
    if ((index + 1) % every === 0 && gold.length > 0) queue.push(gold.shift()!);
  });
  return queue;
}

export function goldSummary(db: Database, caseId: string): CaseSummary | undefined {
  const gold = findGoldCase(db, caseId);
  if (!gold) return undefined;
  const { items, reporter: _r, reported: _d, language: _l, ...summary } = gold.content;
  return { ...summary, itemCount: items.length };
}
