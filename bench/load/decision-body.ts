import { randomUUID } from 'node:crypto';
import type { DecisionInput } from '../../utils/decisions/schema';

export type Follow = { kind: 'second-opinion' | 'reversal'; of: string } | undefined;

/**
 * A QA-mode decision as the panel sends it (the baseline load): QA decisions never
 * conflict, so every fresh key is a new decision, and second opinions and reversals still go
 * through their checks (same case, not already reversed).
 */
export function qaDecision(reviewerId: string, caseId: string, follow: Follow): DecisionInput {
  return {
    id: randomUUID(),
    caseId,
    console: 'demo-console',
    reviewerId,
    action: 'remove',
    policyIds: ['spam'],
    decidedAt: new Date().toISOString(),
    handleTimeMs: 30_000,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'qa',
    ...(follow?.kind === 'second-opinion' ? { secondOpinionOf: follow.of } : {}),
    ...(follow?.kind === 'reversal' ? { reverses: follow.of } : {}),
  };
}
