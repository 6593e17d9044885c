import type { Suggestion } from '../../utils/assessment/schema';
import { NO_VIOLATION_ACTION } from '../../utils/qa/sample';

/**
 * Whether the model's after-the-fact suggestion disagrees with a live decision enough to send
 * it to QA: a different action, or a violated policy named on a case decided "no violation".
 * Below `minConfidence` the model is unsure, and an unsure model must not fill the QA queue.
 */
export function disagrees(
  decision: { action: string },
  model: Pick<Suggestion, 'actionId' | 'policyIds' | 'confidence'>,
  minConfidence: number,
): boolean {
  if (model.confidence < minConfidence) return false;
  if (model.actionId !== decision.action) return true;
  return decision.action === NO_VIOLATION_ACTION && model.policyIds.length > 0;
}
