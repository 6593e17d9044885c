import { checkSync, type Diagnostics } from 'recheck';

/**
 * Catastrophic backtracking, checked with recheck (automata theory where it applies, seeded
 * fuzzing elsewhere). JavaScript cannot interrupt a running regular expression, so a pack with
 * such a pattern must never be published or installed.
 *
 * - exponential, or polynomial of degree 3 and up: refused.
 * - quadratic: allowed. Nearly every unanchored pattern with two repetitions (`\d+\.\d+`) is
 *   quadratic in the length of a run of matching characters; items are bounded and the signal
 *   runner stops a signal past its time budget, so refusing these would refuse ordinary regexes.
 * - not decidable within the time limit: refused, since it could not be shown safe.
 *
 * `checkSync` because the background is a service worker, where recheck's async form (a Worker)
 * is not available; in Node it runs recheck's native binary in a worker thread.
 */

/** Per pattern: fuzzing one regex can take seconds, and packs change a few at a time. */
const verdicts = new Map<string, string | undefined>();
const MAX_CACHED = 5000;
const AUTOMATON_TIMEOUT_MS = 1000;
export const REGEX_CHECK_TIMEOUT_MS = 5000;

export type RegexSafetyCheck = (source: string, flags: string) => string | undefined;

function describe(result: Diagnostics): string | undefined {
  if (result.status === 'safe') return undefined;
  if (result.status === 'vulnerable') {
    const { complexity } = result;
    if (complexity.type === 'polynomial' && complexity.degree < 3) return undefined;
    return `can backtrack catastrophically (${complexity.summary} time on some inputs)`;
  }
  if (result.error.kind === 'timeout' || result.error.kind === 'cancel') {
    return `could not be shown safe within ${REGEX_CHECK_TIMEOUT_MS / 1000} s; simplify it`;
  }
  // `unsupported` or `invalid` in the checker's eyes: nothing shows it safe, so it is refused.
  return `could not be checked for backtracking (${result.error.message})`;
}

/**
 * The automaton checker first: exact, and milliseconds for the patterns policy leads write.
 * Only what it cannot decide (look-behind, or an automaton too large in time) goes to the
 * fuzzer, which is slower and, past its time limit, undecided.
 */
function check(source: string, flags: string): Diagnostics {
  const exact = checkSync(source, flags, { checker: 'automaton', timeout: AUTOMATON_TIMEOUT_MS });
  if (exact.status !== 'unknown' || exact.error.kind === 'invalid') return exact;
  return checkSync(source, flags, { checker: 'fuzz', timeout: REGEX_CHECK_TIMEOUT_MS });
}

export const recheckSafety: RegexSafetyCheck = (source, flags) => {
  const key = `${flags}/${source}`;
  if (verdicts.has(key)) return verdicts.get(key);
  let verdict: string | undefined;
  try {
    verdict = describe(check(source, flags));
  } catch (error) {
    verdict = `could not be checked: ${(error as Error).message}`;
  }
  if (verdicts.size >= MAX_CACHED) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
};
