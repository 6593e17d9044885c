import { describe, expect, it } from 'vitest';
import { cohenKappa, kappaFromCounts } from '../cohen-kappa';
import type { LabelPair } from '../confusion-matrix';

/** `n` pairs of (expected, given), for tables written as counts. */
const pairs = (...cells: [expected: string, given: string, n: number][]): LabelPair[] =>
  cells.flatMap(([expected, given, n]) => Array.from({ length: n }, () => ({ expected, given })));

describe('Cohen’s kappa', () => {
  // Wikipedia, "Cohen's kappa", Simple example: 50 grant proposals, readers A and B.
  // 20 yes/yes, 5 A-yes/B-no, 10 A-no/B-yes, 15 no/no. pₒ = 0.7, pₑ = 0.5, κ = 0.4.
  it('matches the Wikipedia worked example (κ = 0.4)', () => {
    const table = [
      [20, 5],
      [10, 15],
    ];
    expect(kappaFromCounts(table)).toBeCloseTo(0.4, 10);
    const labelled = pairs(
      ['yes', 'yes', 20],
      ['yes', 'no', 5],
      ['no', 'yes', 10],
      ['no', 'no', 15],
    );
    expect(cohenKappa(labelled)).toBeCloseTo(0.4, 10);
  });

  // Wikipedia, "Cohen's kappa", Same percentages but different numbers: both tables have
  // pₒ = 0.6 yet κ = 0.1304 and κ = 0.2593, because the marginals differ.
  it('matches the Wikipedia same-percentage examples', () => {
    const first = [
      [45, 15],
      [25, 15],
    ];
    const second = [
      [25, 35],
      [5, 35],
    ];
    expect(kappaFromCounts(first)).toBeCloseTo(0.1304, 4);
    expect(kappaFromCounts(second)).toBeCloseTo(0.2593, 4);
  });

  it('is 1 for perfect agreement over several labels', () => {
    const labelled = pairs(
      ['remove', 'remove', 4],
      ['keep', 'keep', 3],
      ['escalate', 'escalate', 2],
    );
    expect(cohenKappa(labelled)).toBe(1);
  });

  // pₒ = 0.5 and each rater says yes half the time, so pₑ = 0.5: agreement is what chance gives.
  it('is 0 at chance-level agreement', () => {
    const table = [
      [25, 25],
      [25, 25],
    ];
    expect(kappaFromCounts(table)).toBe(0);
  });

  // pₒ = 0.2, pₑ = 0.5·0.5 + 0.5·0.5 = 0.5, κ = (0.2 − 0.5) / 0.5 = −0.6; swapping every answer
  // (pₒ = 0) gives the floor for balanced marginals, −1.
  it('is negative when raters agree less than chance', () => {
    const table = [
      [10, 40],
      [40, 10],
    ];
    expect(kappaFromCounts(table)).toBeCloseTo(-0.6, 10);
    expect(cohenKappa(pairs(['yes', 'no', 5], ['no', 'yes', 5]))).toBe(-1);
  });

  it('treats a one-label set answered perfectly as 1 (pₑ = 1), and no pairs as null', () => {
    expect(cohenKappa(pairs(['remove', 'remove', 6]))).toBe(1);
    expect(cohenKappa([])).toBeNull();
    expect(kappaFromCounts([[0]])).toBeNull();
  });

  // The kappa paradox, kept on purpose: gold is almost all one label, so 90% raw agreement is
  // no better than always answering that label.
  it('gives 0 when every answer is the majority label despite high raw agreement', () => {
    expect(cohenKappa(pairs(['remove', 'remove', 9], ['keep', 'remove', 1]))).toBeCloseTo(0, 10);
  });

  it('refuses a table that is not square', () => {
    expect(() => kappaFromCounts([[1, 2], [3]])).toThrow(/square/);
  });
});
