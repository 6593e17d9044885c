import type { SignalHit } from '../assessment/schema';
import { SIGNAL_MATCH_MEASURE, measureTiming } from '../models/timing-mark';
import type { GuidanceSignal } from './schema';
import { buildMatcher, type Matcher } from './signal-matchers';

/**
 * The pack's keyword, regex and domain signals, run on-device over the original case text so the
 * matched span can be highlighted in the console exactly where it is.
 */

/** Enough to show and highlight; a spam wall with 5 000 matches adds nothing past this. */
const MAX_HITS_PER_ITEM = 20;
/** A signal slower than this over one case is stopped there and named in the notes. */
const DEFAULT_BUDGET_MS = 50;

interface Compiled {
  signal: GuidanceSignal;
  match: Matcher;
}

interface CompiledSet {
  signals: Compiled[];
  problems: string[];
}

/** Keyed by the pack's signal array, so each pack's regexes are compiled once, not per case. */
const compiledCache = new WeakMap<readonly GuidanceSignal[], CompiledSet>();

export function compileSignals(signals: readonly GuidanceSignal[]): CompiledSet {
  const known = compiledCache.get(signals);
  if (known) return known;
  const set: CompiledSet = { signals: [], problems: [] };
  for (const signal of signals) {
    const match = buildMatcher(signal, MAX_HITS_PER_ITEM);
    if (typeof match === 'string') set.problems.push(match);
    else set.signals.push({ signal, match });
  }
  compiledCache.set(signals, set);
  return set;
}

export interface SignalResult {
  hits: SignalHit[];
  notes: string[];
  /** False when a signal was stopped (budget or deadline) before it had read every item. */
  complete: boolean;
}

export interface SignalOptions {
  /** Per signal, over the whole case; each match is linear (RE2), so this bounds the case. */
  budgetMs?: number;
  /** On the `now` clock: past it, every signal not yet done stops. */
  deadline?: number;
  now?: () => number;
  /** Records each signal's time as a User Timing measure for this case (`npm run bench`). */
  measureCaseId?: string;
}

export function runSignals(
  signals: readonly GuidanceSignal[],
  items: readonly { id: string; text: string }[],
  opts: SignalOptions = {},
): SignalResult {
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const now = opts.now ?? (() => performance.now());
  const compiled = compileSignals(signals);
  const hits: SignalHit[] = [];
  const notes = [...compiled.problems];
  let complete = true;
  for (const { signal, match } of compiled.signals) {
    let spent = 0;
    for (const item of items) {
      const late = opts.deadline !== undefined && now() > opts.deadline;
      if (spent > budget || late) {
        notes.push(
          late
            ? `signal "${signal.id}" was stopped: the time allowed ran out`
            : `signal "${signal.id}" took over ${budget} ms and was stopped for this case`,
        );
        complete = false;
        break;
      }
      const started = now();
      for (const span of match(item.text)) {
        const text = span.text.slice(0, 500);
        hits.push({
          signalId: signal.id,
          policyId: signal.policyId,
          itemId: item.id,
          ...span,
          text,
        });
      }
      spent += now() - started;
    }
    if (opts.measureCaseId !== undefined) {
      measureTiming(SIGNAL_MATCH_MEASURE, spent, {
        caseId: opts.measureCaseId,
        signalId: signal.id,
      });
    }
  }
  return { hits, notes, complete };
}
