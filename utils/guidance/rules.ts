import type { OverallCategory, SignalHit, Suggestion } from '../assessment/schema';
import type { ModerationCategory } from '../models/categories';
import type { GuidanceAction, GuidancePack, GuidancePolicy } from './schema';
import { actionById, compareActions } from './severity';

/**
 * The deterministic rules layer: a category score at or above a policy's threshold, or one of
 * the policy's signals, points to that policy's action; the most severe such action wins. Every
 * step is one line of explanation a reviewer can check against the bars in the panel.
 */

export type CategoryOverview = Partial<Record<ModerationCategory, OverallCategory>>;

export interface UncertainBounds {
  low: number;
  high: number;
}

export const DEFAULT_UNCERTAIN_BOUNDS: UncertainBounds = { low: 0.3, high: 0.7 };

/** A keyword or domain match is strong evidence but blind to context ("never share your seed phrase"). */
const SIGNAL_CONFIDENCE = 0.7;

export interface TriggeredPolicy {
  policy: GuidancePolicy;
  action: GuidanceAction;
  confidence: number;
  lines: string[];
}

export interface RulesResult {
  suggestion: Suggestion | null;
  triggered: TriggeredPolicy[];
  explanation: string[];
  uncertain: boolean;
  topScore: number | undefined;
  notes: string[];
}

const fmt = (n: number) => n.toFixed(2);

function triggerPolicy(
  policy: GuidancePolicy,
  action: GuidanceAction,
  categories: CategoryOverview,
  hits: SignalHit[],
): TriggeredPolicy | undefined {
  const lines: string[] = [];
  let confidence = 0;
  for (const [category, threshold] of Object.entries(policy.thresholds)) {
    const score = categories[category as ModerationCategory]?.score;
    if (score === undefined || threshold === undefined || score < threshold) continue;
    const margin = threshold >= 1 ? 1 : (score - threshold) / (1 - threshold);
    confidence = Math.max(confidence, 0.5 + 0.5 * margin);
    lines.push(
      `${category} ${fmt(score)} ≥ ${fmt(threshold)} in ${policy.title} → ${action.label}`,
    );
  }
  const ownHits = hits.filter((h) => h.policyId === policy.id);
  const first = ownHits[0];
  if (first) {
    confidence = Math.max(confidence, SIGNAL_CONFIDENCE);
    const more = ownHits.length > 1 ? ` (+${ownHits.length - 1} more)` : '';
    lines.push(
      `signal ${first.signalId} matched "${first.text.slice(0, 80)}" in ${first.itemId}${more} in ${policy.title} → ${action.label}`,
    );
  }
  return lines.length > 0 ? { policy, action, confidence, lines } : undefined;
}

/** Per policy object (packs are never edited in place): a backtest asks for each many times. */
const quotes = new WeakMap<GuidancePolicy, string>();

/** The policy text a suggestion rests on: its first sentence, without markdown emphasis. */
export function policyQuote(policy: GuidancePolicy): string {
  const known = quotes.get(policy);
  if (known !== undefined) return known;
  const plain = policy.body.replace(/[*_`#>]/g, '').trim();
  const quote = (/^[^\n]*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain.split('\n')[0] ?? '').slice(
    0,
    300,
  );
  quotes.set(policy, quote);
  return quote;
}

export function applyRules(
  pack: GuidancePack,
  categories: CategoryOverview,
  hits: SignalHit[],
  bounds: UncertainBounds = DEFAULT_UNCERTAIN_BOUNDS,
): RulesResult {
  const notes: string[] = [];
  const triggered: TriggeredPolicy[] = [];
  for (const policy of pack.policies) {
    const action = actionById(pack, policy.action);
    if (!action) {
      notes.push(`policy ${policy.id} names an action the pack does not have: ${policy.action}`);
      continue;
    }
    const t = triggerPolicy(policy, action, categories, hits);
    if (t) triggered.push(t);
  }
  // Most severe action first; within it, the surest policy first.
  triggered.sort((a, b) => compareActions(pack, b.action, a.action) || b.confidence - a.confidence);
  const scores = Object.values(categories).map((c) => c.score);
  const topScore = scores.length > 0 ? Math.max(...scores) : undefined;
  const uncertain = topScore !== undefined && topScore >= bounds.low && topScore < bounds.high;
  const explanation = triggered.flatMap((t) => t.lines);
  const primary = triggered[0];
  if (primary) {
    const suggestion: Suggestion = {
      actionId: primary.action.id,
      policyIds: triggered.slice(0, 50).map((t) => t.policy.id),
      confidence: primary.confidence,
      rationale: explanation.join('\n').slice(0, 4000),
      citations: triggered
        .slice(0, 5)
        .map((t) => ({ policyId: t.policy.id, quote: policyQuote(t.policy) })),
      source: 'rules',
    };
    return { suggestion, triggered, explanation, uncertain, topScore, notes };
  }
  const none = noViolation(pack, categories);
  return {
    suggestion: none?.suggestion ?? null,
    triggered,
    explanation: none ? [none.line] : [],
    uncertain,
    topScore,
    notes,
  };
}

/** With scores but no policy reached, the pack's "no violation" action, surer the further below. */
function noViolation(
  pack: GuidancePack,
  categories: CategoryOverview,
): { suggestion: Suggestion; line: string } | undefined {
  const action = pack.actions.find((a) => a.severity === 'none');
  if (!action || Object.keys(categories).length === 0) return undefined;
  let closest: { ratio: number; line: string } = { ratio: 0, line: 'no policy threshold reached' };
  for (const policy of pack.policies) {
    for (const [category, threshold] of Object.entries(policy.thresholds)) {
      const score = categories[category as ModerationCategory]?.score ?? 0;
      const ratio = threshold && threshold > 0 ? Math.min(1, score / threshold) : 0;
      if (ratio > closest.ratio) {
        closest = {
          ratio,
          line: `no policy threshold reached; closest: ${category} ${fmt(score)} < ${fmt(threshold ?? 0)} in ${policy.title}`,
        };
      }
    }
  }
  const suggestion: Suggestion = {
    actionId: action.id,
    policyIds: [],
    confidence: 0.5 + 0.5 * (1 - closest.ratio),
    rationale: closest.line,
    citations: [],
    source: 'rules',
  };
  return { suggestion, line: closest.line };
}
