import { expect, test } from 'vitest';
import { exposurePolicySchema } from '../exposure-policy';
import { isHighSeverity } from '../exposure-severity';
import {
  countExposure,
  noteSuggestion,
  postpone,
  suggestionFor,
  takeBreak,
  type ExposureTally,
} from '../exposure-tally';

const policy = exposurePolicySchema.parse({
  suggestBreakAfterMinutes: 2,
  suggestLighterQueueAfterMinutes: 3,
  breakMinutes: 5,
  shiftGapHours: 1,
  categories: ['hate'],
});
const T0 = Date.parse('2026-12-07T22:00:00Z');
const minutes = (n: number) => n * 60_000;

/** Counts `n` minutes of high-severity time in ticks of 10 s from `from`. */
function count(tally: ExposureTally | undefined, from: number, n: number): ExposureTally {
  let t = tally;
  for (let at = from + 10_000; at <= from + minutes(n); at += 10_000)
    t = countExposure(t, at, 10_000, policy);
  return t!;
}

test('built-in high-severity categories and those the lead marks count; others do not', () => {
  expect(isHighSeverity(policy, { 'self-harm/intent': 0.7 })).toBe(true);
  expect(isHighSeverity(policy, { hate: 0.6 })).toBe(true);
  expect(isHighSeverity(policy, { harassment: 0.99, 'violence/graphic': 0.2 })).toBe(false);
});

test('past the thresholds a break, then a break or a lighter queue, is suggested', () => {
  let tally = count(undefined, T0, 1);
  expect(tally.seconds).toBe(60);
  expect(suggestionFor(tally, policy)).toBe('none');
  tally = count(tally, T0 + minutes(1), 1);
  expect(suggestionFor(tally, policy)).toBe('break');
  tally = noteSuggestion(noteSuggestion(tally, T0), T0);
  expect(tally.days['2026-12-07']!.suggestions).toBe(1); // counted once
  tally = count(tally, T0 + minutes(2), 1);
  expect(suggestionFor(tally, policy)).toBe('break-or-lighter-queue');
  expect(suggestionFor(postpone(tally, policy), policy)).toBe('none');
});

test('a break stops counting until it ends and re-arms the suggestion a full period later', () => {
  let tally = count(undefined, T0, 2);
  tally = takeBreak(tally, T0 + minutes(2), policy);
  expect(suggestionFor(tally, policy)).toBe('none');
  tally = count(tally, T0 + minutes(2), 4); // within the 5-minute break
  expect(tally.seconds).toBe(120);
  tally = count(tally, T0 + minutes(7), 2);
  expect(tally.seconds).toBe(240);
  expect(suggestionFor(tally, policy)).toBe('break-or-lighter-queue');
  expect(tally.days['2026-12-07']).toEqual({ seconds: 240, breaks: 1, suggestions: 0 });
});

test('a long gap starts a new shift; a sleeping machine adds at most one tick', () => {
  let tally = count(undefined, T0, 2);
  tally = countExposure(tally, T0 + minutes(2) + minutes(61), minutes(61), policy);
  expect(tally.seconds).toBe(30);
  expect(tally.shiftStartedAt).toBe(T0 + minutes(63));
  // The day's total is kept across shifts, for the team aggregate.
  expect(tally.days['2026-12-07']!.seconds).toBe(150);
});

test('two panels counting the same seconds add them once', async () => {
  let tally = count(undefined, T0, 1);
  // Both panels tick 10 s later, each having seen 10 s pass.
  tally = countExposure(tally, T0 + minutes(1) + 10_000, 10_000, policy);
  tally = countExposure(tally, T0 + minutes(1) + 10_050, 10_000, policy);
  expect(tally.seconds).toBeCloseTo(70.05, 5);
});
