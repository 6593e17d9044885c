import type { Decision, RecordedDecision } from '../schema';

export function makeDecision(change: Partial<Decision> = {}): Decision {
  return {
    id: crypto.randomUUID(),
    caseId: 'C-1001',
    console: 'demo-console',
    reviewerId: 'rev-ana',
    action: 'remove',
    policyIds: ['harassment'],
    decidedAt: '2026-11-27T10:00:00.000Z',
    handleTimeMs: 42_000,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'live',
    ...change,
  };
}

export function recorded(change: Partial<RecordedDecision> = {}): RecordedDecision {
  return {
    ...makeDecision({ reviewerId: 'rev-ben' }),
    receivedAt: '2026-11-27T10:00:01.000Z',
    reviewerName: 'Ben Okafor',
    ...change,
  };
}
