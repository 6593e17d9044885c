import type { PassMark } from './schema';
import type { TraineeReport, Verdict } from './report-types';

// Kappa and shares are float quotients: 0.8 computed can be 0.7999999999999999, which must
// still meet a 0.8 pass mark.
const EPSILON = 1e-9;

/** Enough decimals that a value just under the mark does not print as the mark itself. */
function distinct(value: number, mark: number, format: (n: number, digits: number) => string) {
  let digits = 2;
  while (digits < 4 && format(value, digits) === format(mark, digits)) digits += 1;
  return { value: format(value, digits), mark: format(mark, digits) };
}

const decimal = (n: number, digits: number) => n.toFixed(digits);
const percent = (n: number, digits: number) => `${(n * 100).toFixed(digits - 2)}%`;

type Metrics = Pick<TraineeReport, 'done' | 'total' | 'scored' | 'kappa' | 'mustEscalate'>;

/** What falls short of the pass mark so far, and what meets it. */
function check(metrics: Metrics, passMark: PassMark) {
  const shortfalls: string[] = [];
  const met: string[] = [];
  const { kappa, mustEscalate } = metrics;
  if (kappa === null) {
    shortfalls.push(
      metrics.scored === 0
        ? 'no undisputed item is done, so kappa cannot be computed'
        : 'kappa cannot be computed',
    );
  } else {
    const shown = distinct(kappa, passMark.minKappa, decimal);
    if (kappa + EPSILON >= passMark.minKappa) met.push(`kappa ${shown.value} meets ${shown.mark}`);
    else shortfalls.push(`kappa ${shown.value} is below ${shown.mark}`);
  }
  // A set without must-escalate items cannot fail on them.
  if (mustEscalate.accuracy !== null) {
    const min = passMark.minMustEscalateAccuracy;
    const shown = distinct(mustEscalate.accuracy, min, percent);
    const counts = `${mustEscalate.escalated} of ${mustEscalate.done}`;
    if (mustEscalate.accuracy + EPSILON >= min) {
      met.push(`must-escalate ${shown.value} (${counts}) meets ${shown.mark}`);
    } else {
      shortfalls.push(`must-escalate ${shown.value} (${counts}) is below ${shown.mark}`);
    }
  }
  return { shortfalls, met };
}

/**
 * Passed or failed once every item of the set is done; until then in progress, with what
 * already falls short so a trainer can step in early.
 */
export function judge(metrics: Metrics, passMark: PassMark): Verdict {
  const { shortfalls, met } = check(metrics, passMark);
  if (metrics.done < metrics.total) {
    const progress = `${metrics.done} of ${metrics.total} items done`;
    return {
      status: 'in-progress',
      reasons:
        metrics.done === 0 ? [progress] : [progress, ...shortfalls.map((r) => `so far ${r}`)],
    };
  }
  return shortfalls.length > 0
    ? { status: 'failed', reasons: shortfalls }
    : { status: 'passed', reasons: met };
}
