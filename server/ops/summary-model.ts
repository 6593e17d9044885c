import type { OpsSummary } from '../../utils/ops/summary-schema';
import { ratio } from './summary-common';

/** One cell of the model rollup, summed over the window; '' is "none" (no suggestion, no score). */
export interface ModelCell {
  action: string;
  suggested_action: string;
  top_category: string;
  agreement: string;
  decisions: number;
}

type ModelFigures = Pick<
  OpsSummary,
  'modelByCategory' | 'modelByAction' | 'confusion' | 'escalations'
>;

const byCountThenKey =
  <T extends { key: string }>(count: (t: T) => number) =>
  (a: T, b: T) =>
    count(b) - count(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function sumInto<T>(map: Map<string, T>, key: string, make: () => T, add: (t: T) => void) {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = make()));
  add(entry);
}

/** Model agreement, the confusion cells and escalations, as the exact SQL path orders them. */
export function modelFigures(cells: ModelCell[], escalating: string[]): ModelFigures {
  const suggested = cells.filter((c) => c.agreement !== 'no-suggestion');
  const modelBy = (column: 'top_category' | 'suggested_action') => {
    const rows = new Map<string, { key: string; suggested: number; overrode: number }>();
    for (const c of suggested) {
      if (c[column] === '') continue;
      sumInto(
        rows,
        c[column],
        () => ({ key: c[column], suggested: 0, overrode: 0 }),
        (r) => {
          r.suggested += c.decisions;
          if (c.agreement === 'overrode') r.overrode += c.decisions;
        },
      );
    }
    return [...rows.values()]
      .toSorted(byCountThenKey((r) => r.suggested))
      .map((r) => ({ ...r, overrideRate: ratio(r.overrode, r.suggested) }));
  };
  const confusion = new Map<string, { suggested: string; decided: string; count: number }>();
  for (const c of suggested) {
    if (c.suggested_action === '') continue;
    sumInto(
      confusion,
      `${c.suggested_action}\u0000${c.action}`,
      () => ({ suggested: c.suggested_action, decided: c.action, count: 0 }),
      (r) => (r.count += c.decisions),
    );
  }
  const escalations = new Map<string, { key: string; action: string; count: number }>();
  for (const c of cells) {
    if (!escalating.includes(c.action)) continue;
    sumInto(
      escalations,
      c.action,
      () => ({ key: c.action, action: c.action, count: 0 }),
      (r) => (r.count += c.decisions),
    );
  }
  return {
    modelByCategory: modelBy('top_category'),
    modelByAction: modelBy('suggested_action'),
    confusion: [...confusion.keys()].toSorted().map((k) => confusion.get(k)!),
    escalations: [...escalations.values()]
      .toSorted(byCountThenKey((r) => r.count))
      .map(({ action, count }) => ({ action, count })),
  };
}
