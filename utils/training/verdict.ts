import { DEFAULT_MIN_ACCURACY, type PassMark } from './schema';
import type { TraineeReport, Verdict } from './report-types';
import { shownAgainst } from './shown-figure';

type Metrics = Pick<
  TraineeReport,
  'done' | 'total' | 'scored' | 'correct' | 'accuracy' | 'kappa' | 'mustEscalate' | 'judgedOn'
>;

/** Why the verdict does not rest on kappa, in the trainer's words; undefined when it does. */
export function basisNote(judgedOn: Metrics['judgedOn']): string | undefined {
  if (judgedOn.by === 'accuracy') {
    return `every agreed answer in this set is "${judgedOn.action}", so kappa cannot tell skill from chance (one miss makes it 0): judged on accuracy instead`;
  }
  if (judgedOn.by === 'nothing') {
    return 'every case in this set is marked "experts disagree": there is no agreed answer to score against, so it cannot be passed';
  }
  return undefined;
}

/** The agreement part of a set's pass mark, as the trainer reads it. */
export function agreementMark(passMark: PassMark, judgedOn: Metrics['judgedOn']): string {
  if (judgedOn.by === 'accuracy') {
    return `accuracy at least ${Math.round((passMark.minAccuracy ?? DEFAULT_MIN_ACCURACY) * 100)}%`;
  }
  return `kappa against gold at least ${passMark.minKappa.toFixed(2)}`;
}

/** The agreement part of the pass mark: kappa, or accuracy where kappa cannot judge. */
function agreement(metrics: Metrics, passMark: PassMark, shortfalls: string[], met: string[]) {
  const { kappa, accuracy, judgedOn } = metrics;
  if (judgedOn.by === 'nothing') return shortfalls.push('no case has an agreed answer');
  if (judgedOn.by === 'accuracy') {
    if (accuracy === null) return shortfalls.push('no undisputed item is done');
    const shown = shownAgainst(accuracy, passMark.minAccuracy ?? DEFAULT_MIN_ACCURACY, 'percent');
    const line = `accuracy ${shown.value} (${metrics.correct} of ${metrics.scored})`;
    return shown.meets
      ? met.push(`${line} meets ${shown.mark}`)
      : shortfalls.push(`${line} is below ${shown.mark}`);
  }
  if (kappa === null) {
    return shortfalls.push(
      metrics.scored === 0
        ? 'no undisputed item is done, so kappa cannot be computed'
        : 'kappa cannot be computed',
    );
  }
  const shown = shownAgainst(kappa, passMark.minKappa, 'kappa');
  return shown.meets
    ? met.push(`kappa ${shown.value} meets ${shown.mark}`)
    : shortfalls.push(`kappa ${shown.value} is below ${shown.mark}`);
}

/** What falls short of the pass mark so far, and what meets it. */
function check(metrics: Metrics, passMark: PassMark) {
  const shortfalls: string[] = [];
  const met: string[] = [];
  agreement(metrics, passMark, shortfalls, met);
  const { mustEscalate } = metrics;
  // A set without must-escalate items cannot fail on them.
  if (mustEscalate.accuracy !== null) {
    const shown = shownAgainst(mustEscalate.accuracy, passMark.minMustEscalateAccuracy, 'percent');
    const line = `must-escalate ${shown.value} (${mustEscalate.escalated} of ${mustEscalate.done})`;
    if (shown.meets) met.push(`${line} meets ${shown.mark}`);
    else shortfalls.push(`${line} is below ${shown.mark}`);
  }
  return { shortfalls, met };
}

/**
 * Passed or failed once every item of the set is done; until then in progress, with what
 * already falls short so a trainer can step in early. Every figure is compared as printed
 * (`shown-figure.ts`), so a verdict never contradicts the numbers in its reasons.
 */
export function judge(metrics: Metrics, passMark: PassMark): Verdict {
  const { shortfalls, met } = check(metrics, passMark);
  const note = basisNote(metrics.judgedOn);
  const noted = (reasons: string[]) => (note ? [note, ...reasons] : reasons);
  if (metrics.done < metrics.total) {
    const progress = `${metrics.done} of ${metrics.total} items done`;
    return {
      status: 'in-progress',
      reasons: noted(
        metrics.done === 0 ? [progress] : [progress, ...shortfalls.map((r) => `so far ${r}`)],
      ),
    };
  }
  return shortfalls.length > 0
    ? { status: 'failed', reasons: noted(shortfalls) }
    : { status: 'passed', reasons: noted(met) };
}
