import type { Assessment } from '../schema';

/** A valid assessment of `caseId` with nothing found; tests fill in what they look at. */
export function makeAssessment(caseId: string, extra: Partial<Assessment> = {}): Assessment {
  return {
    caseId,
    contentHash: 'a'.repeat(64),
    guidanceVersion: 1,
    assessedAt: '2026-11-27T10:00:00.000Z',
    itemScores: {},
    mediaScores: {},
    categories: {},
    provenance: {},
    signalHits: [],
    suggestion: null,
    rulesSuggestion: null,
    llmSuggestion: null,
    disagreement: false,
    uncertain: false,
    explanation: [],
    injectionSuspected: [],
    injectionFields: [],
    notes: [],
    problems: [],
    sent: [],
    ...extra,
  };
}
