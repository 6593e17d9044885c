import type { FeedbackEvalRecord, FeedbackModel } from '../../utils/feedback/schema';
import type { FeedbackRow } from './rows';

/**
 * A decision joined with what the model said and what happened to it afterwards. The final
 * decision is the reversal's when one undid it, else a QA review's when it chose otherwise.
 */

function modelOf(row: FeedbackRow): FeedbackModel | null {
  const suggestion = row.decision.suggestion;
  if (suggestion === undefined) return null;
  return {
    action: suggestion.action,
    policyIds: suggestion.policyIds,
    confidence: suggestion.confidence,
    source: suggestion.source,
    categories: suggestion.scores,
    model: suggestion.model,
  };
}

function finalOf(row: FeedbackRow) {
  const { decision, reversal, qa } = row;
  if (reversal !== undefined) return { ...reversal, changedBy: 'reversal' as const };
  if (qa !== undefined && qa.action !== decision.action) return { ...qa, changedBy: 'qa' as const };
  return { action: decision.action, policyIds: decision.policyIds, changedBy: null };
}

/** A QA review chose what the reviewer (or the reversal that corrected them) chose. */
function qaConfirmed({ qa, reversal, decision }: FeedbackRow): boolean {
  return qa !== undefined && qa.action === (reversal ?? decision).action;
}

/** The input is the case text as stored, redacted, by `inputs.ts`. */
export function toEvalRecord(row: FeedbackRow): FeedbackEvalRecord {
  const { decision } = row;
  const final = finalOf(row);
  return {
    decisionId: decision.id,
    console: decision.console,
    caseId: decision.caseId,
    decidedAt: decision.decidedAt,
    queue: row.queue,
    guidanceVersion: decision.guidanceVersion,
    input: row.input,
    model: modelOf(row),
    reviewerAction: decision.action,
    finalAction: final.action,
    finalPolicyIds: final.policyIds,
    agreement: decision.agreement,
    changedBy: final.changedBy,
    qaConfirmed: qaConfirmed(row),
  };
}
