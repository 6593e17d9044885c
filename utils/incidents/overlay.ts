import type { SuggestionSnapshot } from '../decisions/schema';
import type { GuidancePack } from '../guidance/schema';
import type { Incident } from './schema';

/**
 * The suggestion a matching case gets while an incident is open: the first matched incident's
 * overlay action, if the guidance in force still has it (a pack published after the incident
 * may have dropped it; then the model's suggestion stands). The model's policies and scores are
 * kept, so the decision still records what the model saw.
 */
export function overlaySuggestion(
  suggestion: SuggestionSnapshot | undefined,
  matched: readonly Incident[],
  pack: GuidancePack | undefined,
): SuggestionSnapshot | undefined {
  const overlay = matched.find(
    (incident) =>
      incident.overlay && pack?.actions.some((action) => action.id === incident.overlay?.actionId),
  )?.overlay;
  if (!overlay) return suggestion;
  return {
    policyIds: [],
    confidence: 1,
    source: 'rules',
    scores: {},
    ...suggestion,
    action: overlay.actionId,
    untrusted: undefined,
  };
}
