import { DEMO_TOKENS, DEMO_USERS } from '../../server';
import type { Reviewer } from './reviewers';

/** The demo reviewers and the seeded cases, which every `--demo` server has. */
export const DEMO_REVIEWERS: readonly Reviewer[] = [
  { id: DEMO_USERS.reviewer.id, token: DEMO_TOKENS.reviewer },
  { id: DEMO_USERS.reviewer2.id, token: DEMO_TOKENS.reviewer2 },
];

export const DEMO_CASES: readonly string[] = Array.from({ length: 13 }, (_, i) => `C-${1001 + i}`);

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = samples.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
