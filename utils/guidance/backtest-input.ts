import type { RecordedDecision } from '../decisions/schema';
import type { BacktestDecision } from './backtest';

/**
 * Which stored decisions a backtest can use: live ones that still stand, with a score snapshot.
 * Training and QA decisions are practice (a trainee's answer is not the team's), a reversed
 * decision was taken back, and a reversal repeats the case it reverses.
 */

export type SkipReason = 'not-live' | 'reversed' | 'reversal' | 'no-snapshot';

export interface BacktestInput {
  decisions: BacktestDecision[];
  skipped: Partial<Record<SkipReason, number>>;
}

function skipReason(d: RecordedDecision): SkipReason | undefined {
  if (d.mode !== 'live') return 'not-live';
  if (d.reverses) return 'reversal';
  if (d.reversedBy) return 'reversed';
  if (!d.suggestion) return 'no-snapshot';
  return undefined;
}

export function toBacktestInput(
  recorded: readonly RecordedDecision[],
  itemsByCase?: ReadonlyMap<string, readonly { id: string; text: string }[]>,
): BacktestInput {
  const decisions: BacktestDecision[] = [];
  const skipped: BacktestInput['skipped'] = {};
  for (const d of recorded) {
    const reason = skipReason(d);
    if (reason) {
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      continue;
    }
    decisions.push({
      id: d.id,
      decided: d.action,
      scores: d.suggestion?.scores ?? {},
      items: itemsByCase?.get(d.caseId),
    });
  }
  return { decisions, skipped };
}
