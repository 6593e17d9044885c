import { RE2JS } from 're2js';
import { translateToRe2 } from './regex-translate';

/**
 * The one definition of an acceptable regex signal, used by the validator when a pack is
 * published or installed and by the matcher that runs it (`signal-matchers.ts`).
 *
 * Regex signals are matched by RE2 (`re2js`, a pure-JavaScript port that runs in the service
 * worker): its time is linear in the message, whatever the pattern. JavaScript's own engine
 * backtracks and cannot be interrupted; a worker with a deadline would bound it, but a service
 * worker cannot start one, and an offscreen document per match costs more than the match.
 * RE2 has no backreferences or lookahead (linear time rules them out); those are refused, each
 * with a rewrite that is accepted (`suggestion`).
 */

/** Captureless lookbehind is linear in RE2 and common in signals ("not after a letter"). */
const FLAGS = RE2JS.LOOKBEHINDS;
/** RE2 refuses counts above this ("invalid repeat count"). */
const MAX_REPEAT = 1000;
/**
 * RE2's time is at most about this many steps per character (its program size). A 500-character
 * list of phrases compiles to under 700; the default pack's largest is 183. At the limit, the
 * slowest shapes (lookbehind before large counted groups, which leave RE2's DFA) take about 2 s
 * on one 100,000-character item, and the signal is stopped for the rest of the case.
 */
export const MAX_PROGRAM_SIZE = 1000;

export type SignalRegex =
  { ok: true; re: RE2JS } | { ok: false; reason: string; suggestion?: string };

type Attempt = { ok: true; re: RE2JS } | { ok: false; reason: string; rewrite?: string };

function attempt(pattern: string): Attempt {
  const translated = translateToRe2(pattern);
  if (!translated.ok) return translated;
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated.source, FLAGS);
  } catch (error) {
    const message = (error as Error).message.replace(/^error parsing regexp: /, '');
    // Counts multiply when nested; RE2 stops at 1000 in all. It is linear whatever the
    // repetition, so the unbounded forms lose nothing but the bound.
    const unbounded = pattern.replace(/\{(\d+)(?:,\d*)?\}/g, (_all, min: string) =>
      Number(min) === 0 ? '*' : '+',
    );
    return /repeat count/.test(message) && unbounded !== pattern
      ? {
          ok: false,
          reason: `repetition counts, multiplied when nested, go up to ${MAX_REPEAT}; + and * are as fast`,
          rewrite: unbounded,
        }
      : { ok: false, reason: `not a valid regular expression (${message})` };
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    return { ok: false, reason: 'too large to match quickly; simplify it or split it in two' };
  }
  return { ok: true, re };
}

/** Applies rewrites until one is accepted; each removes a problem, so this ends quickly. */
function suggest(rewrite: string): string | undefined {
  let pattern = rewrite;
  for (let step = 0; step < 20; step++) {
    const next = attempt(pattern);
    // An empty pattern would match everywhere (and the schema refuses it).
    if (next.ok) return pattern === '' ? undefined : pattern;
    if (next.rewrite === undefined || next.rewrite === pattern) return undefined;
    pattern = next.rewrite;
  }
  return undefined;
}

export function compileSignalRegex(pattern: string): SignalRegex {
  const first = attempt(pattern);
  if (first.ok) return first;
  const suggestion = first.rewrite === undefined ? undefined : suggest(first.rewrite);
  return suggestion === undefined
    ? { ok: false, reason: first.reason }
    : { ok: false, reason: first.reason, suggestion };
}
