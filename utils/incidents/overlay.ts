import type { GuidancePack } from '../guidance/schema';
import type { Incident } from './schema';

/**
 * The action a matching case is pointed to while an incident is open: the first matched
 * incident's overlay, if the guidance in force still has that action (a pack published after
 * the incident may have dropped it). It is shown beside the model's suggestion, never in its
 * place: the decision keeps what the model said, so the feedback export stays the model's.
 */
export function incidentOverlayAction(
  matched: readonly Incident[],
  pack: GuidancePack | undefined,
): string | undefined {
  return matched.find(
    (incident) =>
      incident.overlay && pack?.actions.some((action) => action.id === incident.overlay?.actionId),
  )?.overlay?.actionId;
}
