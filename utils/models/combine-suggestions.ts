import type { Suggestion } from '../assessment/schema';
import type { GuidancePack } from '../guidance/schema';
import { moreSevere } from '../guidance/severity';

/**
 * Puts the rules layer and the policy LLM side by side. When they agree the suggestion is
 * theirs jointly; when they disagree nothing is averaged: the more severe one leads (a reviewer
 * can step down from it knowingly) and `disagreement` asks for a second look.
 */
export function combineSuggestions(
  pack: GuidancePack,
  rules: Suggestion | null,
  llm: Suggestion | null,
): { suggestion: Suggestion | null; disagreement: boolean } {
  if (!rules || !llm) return { suggestion: rules ?? llm, disagreement: false };
  if (rules.actionId !== llm.actionId) {
    const lead = moreSevere(pack, rules.actionId, llm.actionId) === rules.actionId ? rules : llm;
    return { suggestion: lead, disagreement: true };
  }
  const citations = [...rules.citations, ...llm.citations].filter(
    (c, i, all) => all.findIndex((o) => o.policyId === c.policyId && o.quote === c.quote) === i,
  );
  return {
    suggestion: {
      actionId: rules.actionId,
      policyIds: [...new Set([...rules.policyIds, ...llm.policyIds])].slice(0, 50),
      confidence: Math.max(rules.confidence, llm.confidence),
      rationale: `${rules.rationale}\n${llm.rationale}`.slice(0, 4000),
      citations: citations.slice(0, 20),
      source: 'both',
    },
    disagreement: false,
  };
}
