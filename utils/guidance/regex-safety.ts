import { checkSync, type Diagnostics } from 'recheck';
import type { RegexSafetyCheck } from './validate-core';

/**
 * Catastrophic backtracking, checked with recheck (automata theory where it applies, seeded
 * fuzzing elsewhere). JavaScript cannot interrupt a running regular expression, so a pack with
 * such a pattern must never be published or installed.
 *
 * - exponential or polynomial: refused. Quadratic too: `\d+\.\d+` takes 11 s on one 100,000
 *   character message (the longest an item may be) of digits, and the signal runner's time
 *   budget cannot stop a regex mid-run. Bounded repetitions (`\d{1,20}\.\d{1,20}`) are linear
 *   and pass, so the message says to use them.
 * - not decidable within the time limit: refused, since it could not be shown safe.
 *
 * `checkSync` keeps `validatePack` synchronous for its callers (the case API's publish route, the
 * editor page). In Node it runs recheck's native binary from a worker thread; in a page, recheck's
 * JavaScript build. The background does not load recheck at all (see `offer.ts`).
 */

/** Per pattern: fuzzing one regex can take seconds, and packs change a few at a time. */
const verdicts = new Map<string, string | undefined>();
const MAX_CACHED = 5000;
const AUTOMATON_TIMEOUT_MS = 1000;
export const REGEX_CHECK_TIMEOUT_MS = 5000;

function describe(result: Diagnostics): string | undefined {
  if (result.status === 'safe') return undefined;
  if (result.status === 'vulnerable') {
    return (
      `can take ${result.complexity.summary} time on some messages; ` +
      'bound its repetitions, e.g. {1,50} instead of + or *'
    );
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
