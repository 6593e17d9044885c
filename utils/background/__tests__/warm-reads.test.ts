import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startModelReads } from '../assess-handlers';
import { takeModelReads, WARM_READS_FOR_MS, warmedTabCount, warmModelReads } from '../warm-reads';

vi.mock('../assess-handlers', () => ({
  // A fresh, distinct set of reads per call, so a test can tell which it was handed.
  startModelReads: vi.fn<() => object>(() => ({})),
}));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

test('the reads started when a tab says it is reading a case are the ones its case gets', () => {
  warmModelReads(7);
  const warmed = vi.mocked(startModelReads).mock.results[0]!.value as object;
  vi.advanceTimersByTime(800); // the console fetches and paints the case meanwhile

  expect(takeModelReads(7)).toBe(warmed);
  expect(startModelReads).toHaveBeenCalledOnce();
});

test('warmed reads serve one case of that tab only, and only while fresh', () => {
  warmModelReads(7);
  const warmed = vi.mocked(startModelReads).mock.results[0]!.value as object;
  expect(takeModelReads(8)).not.toBe(warmed);
  expect(takeModelReads(7)).toBe(warmed);
  expect(takeModelReads(7)).not.toBe(warmed);

  warmModelReads(7);
  const stale = vi.mocked(startModelReads).mock.results.at(-1)!.value as object;
  vi.advanceTimersByTime(WARM_READS_FOR_MS + 1);
  expect(takeModelReads(7)).not.toBe(stale);
});

test('tabs whose case never came do not pile up', () => {
  for (let tab = 100; tab < 150; tab += 1) warmModelReads(tab);
  vi.advanceTimersByTime(WARM_READS_FOR_MS);
  warmModelReads(200);
  expect(warmedTabCount()).toBe(1);
});
