import type { CategoryScores } from '../assessment/schema';
import { MODERATION_CATEGORIES } from '../models/categories';
import { backtest, type BacktestDecision, type BacktestResult } from './backtest';
import { DEFAULT_GUIDANCE_PACK } from './default-pack';
import type { GuidancePack } from './schema';

/**
 * `backtest_10k_ms` for `npm run bench`: the backtest over synthetic decisions shaped like
 * stored ones (a few category scores each; a third with case text so signals run too), the
 * default pack against a candidate with changed thresholds and an extra keyword and regex.
 * Seeded, so every run measures the same work.
 */

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32: small and good enough for test data.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  'hey, did you get my last message about the order?',
  'send your seed phrase to claim the airdrop at bit-claim-rewards.example',
  'I know where you live and I will find you',
  'guaranteed returns, double your money in a week',
  'thanks, that fixed it. have a nice day',
  'you are worthless and everyone here hates you',
];

export function syntheticDecisions(count: number, seed = 1): BacktestDecision[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const actions = DEFAULT_GUIDANCE_PACK.actions.map((a) => a.id);
  return Array.from({ length: count }, (_, i) => {
    const scores: CategoryScores = {};
    for (let k = 0; k < 3; k++)
      scores[pick(MODERATION_CATEGORIES)] = Math.round(next() * 100) / 100;
    const items =
      next() < 1 / 3
        ? Array.from({ length: 4 }, (_item, j) => ({ id: `m-${j}`, text: pick(PHRASES) }))
        : undefined;
    return { id: `d-${i}`, decided: pick(actions), scores, ...(items ? { items } : {}) };
  });
}

export function benchCandidate(): GuidancePack {
  const pack = structuredClone(DEFAULT_GUIDANCE_PACK);
  pack.version += 1;
  for (const policy of pack.policies) {
    for (const key of Object.keys(policy.thresholds) as (keyof typeof policy.thresholds)[]) {
      policy.thresholds[key] = Math.min(1, (policy.thresholds[key] ?? 0) + 0.05);
    }
  }
  pack.signals.push(
    { id: 'worthless', kind: 'keyword', pattern: 'you are worthless', policyId: 'harassment' },
    {
      id: 'airdrop',
      kind: 'regex',
      pattern: '(?i)\\bclaim (?:the|your) airdrop\\b',
      policyId: 'spam-scams',
    },
  );
  return pack;
}

export interface BacktestBench {
  decisions: number;
  ms: number;
  result: BacktestResult;
}

/** Times one backtest over `count` decisions (input built beforehand, not timed). */
export function benchBacktest(count = 10_000): BacktestBench {
  const decisions = syntheticDecisions(count);
  const candidate = benchCandidate();
  const started = performance.now();
  const result = backtest(decisions, DEFAULT_GUIDANCE_PACK, candidate);
  return { decisions: count, ms: performance.now() - started, result };
}
