import type { CategoryScores, SignalHit } from '../assessment/schema';
import type { ModerationCategory } from '../models/categories';
import { applyRules, type CategoryOverview } from './rules';
import type { GuidancePack } from './schema';
import { runSignals } from './signals';

/**
 * Replays the rules layer of two packs (the one in force and a candidate) over decisions
 * reviewers already made, from the score snapshot each decision stored. Both packs see the same
 * inputs, so every difference comes from the packs. Signals are replayed only for decisions
 * given their case text: the snapshot keeps scores, not signal hits.
 *
 * Signals run to the end of every case (no per-case budget: a signal stopped early would miss
 * hits and the counts would be wrong without saying so). The whole run has a time limit instead;
 * past it, the decisions not yet replayed are left out and counted, and the result is partial.
 */

export interface BacktestDecision {
  id: string;
  /** The action the reviewer chose. */
  decided: string;
  /** Category scores at decision time (the decision's suggestion snapshot). */
  scores: CategoryScores;
  /** The case's items, when known, so keyword / regex / domain signals can run again. */
  items?: readonly { id: string; text: string }[];
}

export interface VersionScore {
  version: number;
  /** Decisions whose replayed suggestion is the action the reviewer chose. */
  matches: number;
  /** `matches / total`; null with nothing to compare. */
  matchRate: number | null;
  /** Decisions for which the pack suggests nothing at all. */
  noSuggestion: number;
}

export interface Transition {
  from: string | null;
  to: string | null;
  count: number;
}

export interface BacktestResult {
  total: number;
  /** Decisions whose suggested action differs between the two packs. */
  changed: number;
  /** Changed suggestions that now match the reviewer (and did not before), and the reverse. */
  fixed: number;
  broken: number;
  transitions: Transition[];
  current: VersionScore;
  candidate: VersionScore;
  /** Decisions whose signals were replayed (they came with case text). */
  withText: number;
  /**
   * Decisions left out because the time limit ran out before they were replayed; more than 0
   * means the result is partial: every count above covers only the first `total`.
   */
  notReplayed: number;
  /** A few changed decisions to look at, in input order. */
  examples: { id: string; from: string | null; to: string | null; decided: string }[];
}

const MAX_EXAMPLES = 20;
/** Far above a 10,000-decision replay (about a second); the editor waits for the answer. */
const TIME_LIMIT_MS = 20_000;

export interface BacktestOptions {
  timeLimitMs?: number;
  now?: () => number;
}

function overview(scores: CategoryScores): CategoryOverview {
  const categories: CategoryOverview = {};
  for (const [category, score] of Object.entries(scores)) {
    if (score !== undefined) categories[category as ModerationCategory] = { score, itemIds: [] };
  }
  return categories;
}

/** The suggested action, or undefined when the signals were stopped by the deadline. */
function suggest(
  pack: GuidancePack,
  categories: CategoryOverview,
  d: BacktestDecision,
  clock: { deadline: number; now: () => number },
): string | null | undefined {
  let hits: SignalHit[] = [];
  if (d.items) {
    const run = runSignals(pack.signals, d.items, { budgetMs: Infinity, ...clock });
    if (!run.complete) return undefined;
    hits = run.hits;
  }
  return applyRules(pack, categories, hits).suggestion?.actionId ?? null;
}

const score = (version: number, matches: number, noSuggestion: number, total: number) => ({
  version,
  matches,
  matchRate: total === 0 ? null : matches / total,
  noSuggestion,
});

export function backtest(
  decisions: readonly BacktestDecision[],
  current: GuidancePack,
  candidate: GuidancePack,
  options: BacktestOptions = {},
): BacktestResult {
  const now = options.now ?? (() => performance.now());
  const clock = { now, deadline: now() + (options.timeLimitMs ?? TIME_LIMIT_MS) };
  let replayed = 0;
  const counts = new Map<string, Transition>();
  const examples: BacktestResult['examples'] = [];
  let changed = 0;
  let fixed = 0;
  let broken = 0;
  let withText = 0;
  const tally = { current: { matches: 0, none: 0 }, candidate: { matches: 0, none: 0 } };
  for (const d of decisions) {
    const categories = overview(d.scores);
    const from = suggest(current, categories, d, clock);
    const to = from === undefined ? undefined : suggest(candidate, categories, d, clock);
    if (from === undefined || to === undefined) break;
    replayed += 1;
    if (d.items) withText += 1;
    for (const [side, action] of [
      ['current', from],
      ['candidate', to],
    ] as const) {
      if (action === d.decided) tally[side].matches += 1;
      if (action === null) tally[side].none += 1;
    }
    if (from === to) continue;
    changed += 1;
    if (to === d.decided) fixed += 1;
    if (from === d.decided) broken += 1;
    const key = `${from}\u0000${to}`;
    const transition = counts.get(key) ?? { from, to, count: 0 };
    transition.count += 1;
    counts.set(key, transition);
    if (examples.length < MAX_EXAMPLES) examples.push({ id: d.id, from, to, decided: d.decided });
  }
  const total = replayed;
  return {
    total,
    changed,
    fixed,
    broken,
    transitions: [...counts.values()].toSorted((a, b) => b.count - a.count),
    current: score(current.version, tally.current.matches, tally.current.none, total),
    candidate: score(candidate.version, tally.candidate.matches, tally.candidate.none, total),
    withText,
    notReplayed: decisions.length - replayed,
    examples,
  };
}
