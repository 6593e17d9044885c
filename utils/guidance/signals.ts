import type { SignalHit } from '../assessment/schema';
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
}

export function runSignals(
  signals: readonly GuidanceSignal[],
  items: readonly { id: string; text: string }[],
  opts: { budgetMs?: number; now?: () => number } = {},
): SignalResult {
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const now = opts.now ?? (() => performance.now());
  const compiled = compileSignals(signals);
  const hits: SignalHit[] = [];
  const notes = [...compiled.problems];
  for (const { signal, match } of compiled.signals) {
    let spent = 0;
    for (const item of items) {
      if (spent > budget) {
        notes.push(`signal "${signal.id}" took over ${budget} ms and was stopped for this case`);
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
  }
  return { hits, notes };
}
