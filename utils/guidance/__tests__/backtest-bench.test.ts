import { expect, it } from 'vitest';
import { benchBacktest, syntheticDecisions } from '../backtest-bench';

it('builds the same synthetic decisions every time', () => {
  expect(syntheticDecisions(50)).toEqual(syntheticDecisions(50));
  expect(syntheticDecisions(300).filter((d) => d.items).length).toBeGreaterThan(50);
});

it('backtests 10,000 decisions (goal ≤ 2 s; asserted loosely on a shared test machine)', () => {
  const { ms, result } = benchBacktest(10_000);
  console.log(`backtest_10k_ms=${ms.toFixed(0)}`);
  expect(result.total).toBe(10_000);
  expect(result.changed).toBeGreaterThan(0);
  expect(result.withText).toBeGreaterThan(2000);
  expect(ms).toBeLessThan(6000);
});
