import type { Attempt, GoldItem } from './schema';
import type { MissedItem } from './report-types';

export const MOST_MISSED_LIMIT = 10;

function commonest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The items the cohort got wrong most often, disputed ones included (flagged): a disputed
 * item most trainees "miss" tells the trainer the gold answer itself may need a look.
 * `byTrainee` holds each trainee's first practice attempts, keyed by case id.
 */
export function mostMissed(
  items: readonly GoldItem[],
  byTrainee: Iterable<ReadonlyMap<string, Attempt>>,
): MissedItem[] {
  const trainees = [...byTrainee];
  const rows = items.map((item) => {
    const actions = trainees.flatMap((attempts) => {
      const attempt = attempts.get(item.caseId);
      return attempt ? [attempt.action] : [];
    });
    const wrong = actions.filter((action) => action !== item.expectedAction);
    const row: MissedItem = {
      caseId: item.caseId,
      expectedAction: item.expectedAction,
      attempted: actions.length,
      missed: wrong.length,
      disputed: item.disputed,
    };
    if (item.subject !== undefined) row.subject = item.subject;
    const common = commonest(wrong);
    if (common !== undefined) row.commonWrongAction = common;
    return { row, position: item.position };
  });
  return rows
    .filter(({ row }) => row.missed > 0)
    .toSorted(
      (a, b) =>
        b.row.missed - a.row.missed ||
        // Equal counts: the one missed by a larger share of those who tried it comes first.
        b.row.missed / b.row.attempted - a.row.missed / a.row.attempted ||
        a.position - b.position,
    )
    .slice(0, MOST_MISSED_LIMIT)
    .map(({ row }) => row);
}
