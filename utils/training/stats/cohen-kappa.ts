import { confusionMatrix, type LabelPair } from './confusion-matrix';

/**
 * Cohen's kappa (nominal, unweighted) from a square table of counts, rows one rater and
 * columns the other: κ = (pₒ − pₑ) / (1 − pₑ), pₑ from the two raters' marginal shares.
 *
 * Returns null for an empty table: with no pairs there is nothing to measure.
 *
 * When pₑ = 1 the formula is 0/0. That happens only when both raters used one and the same
 * label for every pair, so pₒ is 1 too: we return 1 there, because for us the second rater is
 * a trainee scored against gold, and a trainee who matched every gold answer on a one-label
 * set has not shown disagreement (null would keep them from ever passing). Any other pₑ = 1
 * (not reachable with counts, kept for safety) gives null.
 */
export function kappaFromCounts(counts: readonly (readonly number[])[]): number | null {
  const size = counts.length;
  const rowSums = counts.map((row) => {
    if (row.length !== size) throw new Error('Cohen’s kappa needs a square table');
    return row.reduce((sum, n) => sum + n, 0);
  });
  const columnSums = counts.map((_, j) => counts.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  const total = rowSums.reduce((sum, n) => sum + n, 0);
  const agreed = counts.reduce((sum, row, i) => sum + (row[i] ?? 0), 0);
  if (total === 0) return null;
  const observed = agreed / total;
  let expected = 0;
  rowSums.forEach((rowSum, i) => {
    expected += (rowSum / total) * ((columnSums[i] ?? 0) / total);
  });
  // Float sums of shares can land a hair off 1 in the one-label case.
  if (Math.abs(1 - expected) < 1e-12) return observed === 1 ? 1 : null;
  return (observed - expected) / (1 - expected);
}

/** Cohen's kappa between the expected and the given label of each pair. */
export function cohenKappa(pairs: readonly LabelPair[]): number | null {
  return kappaFromCounts(confusionMatrix(pairs).counts);
}
