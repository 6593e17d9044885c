import { expect, it } from 'vitest';
import { benchBacktest, syntheticDecisions } from '../backtest-bench';

it('builds the same synthetic decisions every time', () => {
  expect(syntheticDecisions(50)).toEqual(syntheticDecisions(50));
  expect(syntheticDecisions(300).filter((d) => d.items).length).toBeGreaterThan(50);
});

// The time is a figure (`backtest_10k_ms` in bench/guidance.ts), not an assertion: a timed
// assertion fails on a busy machine without anything being wrong.
it('backtests 10,000 decisions, some of which the new guidance changes', () => {
  const { ms, result } = benchBacktest(10_000);
  expect(ms).toBeGreaterThan(0);
  expect(result.total).toBe(10_000);
  expect(result.changed).toBeGreaterThan(0);
  expect(result.withText).toBeGreaterThan(2000);
});
