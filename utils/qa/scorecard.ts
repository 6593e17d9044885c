import type { Scorecard, ScorecardInput } from './schema';

/** The scorecard a team starts with, until a lead edits it (version 1). */
export const DEFAULT_SCORECARD: ScorecardInput = {
  criteria: [
    { id: 'right-action', label: 'Right action', weight: 1 },
    { id: 'right-policy', label: 'Right policy', weight: 1 },
    { id: 'note-adequate', label: 'Note adequate', weight: 1 },
    { id: 'escalation-right', label: 'Escalation right', weight: 1 },
  ],
};

/**
 * 0–100: the weight of passed criteria over the weight of applicable ones (`null` is not
 * applicable); 100 when none applied. Missing or unknown criteria are the caller's to refuse.
 */
export function scoreOf(card: Scorecard, scores: Record<string, boolean | null>): number {
  let passed = 0;
  let applicable = 0;
  for (const criterion of card.criteria) {
    const value = scores[criterion.id];
    if (value === null || value === undefined) continue;
    applicable += criterion.weight;
    if (value) passed += criterion.weight;
  }
  return applicable === 0 ? 100 : Math.round((passed / applicable) * 1000) / 10;
}

/** Why these scores do not fit the card, or undefined. */
export function scoresProblem(
  card: Scorecard,
  scores: Record<string, boolean | null>,
): string | undefined {
  const ids = new Set(card.criteria.map((c) => c.id));
  const unknown = Object.keys(scores).filter((id) => !ids.has(id));
  if (unknown.length > 0) {
    return `Scorecard version ${card.version} has no criterion ${unknown.join(', ')}.`;
  }
  const missing = card.criteria.filter((c) => !(c.id in scores)).map((c) => c.id);
  if (missing.length > 0) return `Score every criterion: ${missing.join(', ')} missing.`;
  return undefined;
}
