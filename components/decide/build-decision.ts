import type { Case } from '../../utils/case/schema';
import type { Decision, DecisionMode, SuggestionSnapshot } from '../../utils/decisions/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { checklistProblems, checklistsFor } from './checklist-gate';

export interface DecisionDraft {
  actionId?: string;
  policyIds: string[];
  note: string;
  overrideReason: string;
  /** Ticked playbook steps (`checklist-gate.ts`), cleared when another action is picked. */
  ticks: string[];
}

/** Recorded when the reviewer followed an open incident's overlay rather than the model. */
export const INCIDENT_OVERRIDE_REASON = 'Followed incident guidance';

export const OVERRIDE_REASONS = [
  'Model missed context',
  'Satire / reclaimed',
  'Wrong policy',
  'Not enough evidence',
];

/** What stops the draft from being submitted, in words for the reviewer; empty when ready. */
export function draftProblems(
  draft: DecisionDraft,
  pack: GuidancePack,
  suggestion?: SuggestionSnapshot,
  incidentAction?: string,
): string[] {
  const action = pack.actions.find((a) => a.id === draft.actionId);
  if (!action) return ['Pick an action (keys 1–9).'];
  const problems: string[] = [];
  if (action.needsNote && !draft.note.trim()) problems.push(`“${action.label}” needs a note.`);
  const reasonNeeded =
    suggestion &&
    !suggestion.untrusted &&
    suggestion.action !== action.id &&
    action.id !== incidentAction;
  if (reasonNeeded && !draft.overrideReason.trim()) {
    problems.push('Say why you are not following the suggestion.');
  }
  return [...problems, ...checklistProblems(pack, action.id, draft.ticks)];
}

export function buildDecision(input: {
  draft: DecisionDraft;
  case: Case;
  reviewerId: string;
  pack: GuidancePack;
  handleTimeMs: number;
  suggestion?: SuggestionSnapshot;
  secondOpinionOf?: string;
  /** `training` on an assigned gold case; the case API files it as an attempt either way. */
  mode?: DecisionMode;
  /** Open incidents the case matched when decided. */
  incidentIds?: string[];
  /** The matched incident's overlay action, which the reviewer may follow without a reason. */
  incidentAction?: string;
}): Decision {
  const { draft, suggestion } = input;
  const agreed = suggestion?.action === draft.actionId;
  return {
    id: crypto.randomUUID(),
    caseId: input.case.id,
    console: input.case.console,
    reviewerId: input.reviewerId,
    reportedAccountId: input.case.reported?.id ?? input.case.reported?.handle,
    action: draft.actionId!,
    policyIds: draft.policyIds,
    note: draft.note.trim() || undefined,
    decidedAt: new Date().toISOString(),
    handleTimeMs: input.handleTimeMs,
    guidanceVersion: input.pack.version,
    suggestion,
    agreement: !suggestion ? 'no-suggestion' : agreed ? 'agreed' : 'overrode',
    overrideReason:
      !suggestion || agreed
        ? undefined
        : draft.overrideReason.trim() ||
          (draft.actionId === input.incidentAction ? INCIDENT_OVERRIDE_REASON : undefined),
    mode: input.mode ?? 'live',
    secondOpinionOf: input.secondOpinionOf,
    incidentIds: input.incidentIds?.length ? input.incidentIds : undefined,
    checklists: checklistsFor(input.pack, draft.actionId, draft.ticks),
  };
}
