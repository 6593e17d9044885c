import type { RecordedDecision } from '../decisions/schema';

/** A decided live case offered to the trainer as a gold candidate, with the decision standing on it. */
export interface DecidedCase {
  caseId: string;
  subject?: string;
  action: string;
  policyIds: string[];
  reviewerName: string;
  decidedAt: string;
  guidanceVersion: number;
  /** Decisions on the case among those read (reversals and second opinions included). */
  decisionCount: number;
}

/**
 * The decision that stands on a case: live, not reversed, not itself a reversal or a second
 * opinion (the panel's rule too). Training and QA decisions are practice, not a verdict.
 */
function stands(d: RecordedDecision): boolean {
  return d.mode === 'live' && !d.reversedBy && !d.reverses && !d.secondOpinionOf;
}

/** Times may carry different offsets, so they are compared as instants, not as text. */
const at = (d: RecordedDecision) => Date.parse(d.decidedAt);

/**
 * Recent decisions (newest first, as the case API lists them) grouped per case, newest case
 * first; a case whose every decision was reversed has no verdict to copy and is left out.
 */
export function decidedCases(
  decisions: readonly RecordedDecision[],
  subjects: ReadonlyMap<string, string | undefined> = new Map(),
): DecidedCase[] {
  const counts = new Map<string, number>();
  for (const d of decisions) counts.set(d.caseId, (counts.get(d.caseId) ?? 0) + 1);
  const byCase = new Map<string, RecordedDecision>();
  for (const d of decisions) {
    const seen = byCase.get(d.caseId);
    if (stands(d) && (!seen || at(d) > at(seen))) byCase.set(d.caseId, d);
  }
  return [...byCase.values()]
    .toSorted((a, b) => at(b) - at(a))
    .map((d) => ({
      caseId: d.caseId,
      subject: subjects.get(d.caseId),
      action: d.action,
      policyIds: d.policyIds,
      reviewerName: d.reviewerName,
      decidedAt: d.decidedAt,
      guidanceVersion: d.guidanceVersion,
      decisionCount: counts.get(d.caseId) ?? 0,
    }));
}
