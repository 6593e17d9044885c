/** A square table of counts: `counts[expectedIndex][givenIndex]`, rows and columns `labels`. */
export interface ConfusionMatrix {
  labels: string[];
  counts: number[][];
}

export interface LabelPair {
  expected: string;
  given: string;
}

// Code-unit order, not localeCompare: the same labels give the same matrix on every machine,
// so two trainees' matrices (and a CSV of them) line up.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts each (expected, given) pair. `alwaysLabels` are rows and columns even when no pair
 * uses them, so every trainee on a gold set gets the same axes.
 */
export function confusionMatrix(
  pairs: readonly LabelPair[],
  alwaysLabels: Iterable<string> = [],
): ConfusionMatrix {
  const seen = new Set(alwaysLabels);
  for (const { expected, given } of pairs) seen.add(expected).add(given);
  const labels = [...seen].toSorted(byCodeUnit);
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = labels.map(() => labels.map(() => 0));
  for (const { expected, given } of pairs) {
    const row = counts[index.get(expected) ?? -1];
    const column = index.get(given) ?? -1;
    // Every label was added to `index` above, so both are found.
    if (row && column >= 0) row[column] = (row[column] ?? 0) + 1;
  }
  return { labels, counts };
}

/** How often `expected` was answered with `given`; 0 for a label the matrix does not have. */
export function cellCount(matrix: ConfusionMatrix, expected: string, given: string): number {
  const row = matrix.labels.indexOf(expected);
  const column = matrix.labels.indexOf(given);
  return matrix.counts[row]?.[column] ?? 0;
}

/** All pairs counted, and those on the diagonal (given what was expected). */
export function matrixTotals(matrix: ConfusionMatrix): { total: number; agreed: number } {
  let total = 0;
  let agreed = 0;
  matrix.counts.forEach((row, i) =>
    row.forEach((n, j) => {
      total += n;
      if (i === j) agreed += n;
    }),
  );
  return { total, agreed };
}
