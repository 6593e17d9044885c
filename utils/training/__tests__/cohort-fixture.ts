import type { Attempt, GoldItem, GoldSet } from '../schema';

/**
 * A small cohort on a five-item gold set, shared by the report, CSV and dashboard tests.
 * c3 and c4 must be escalated; c5 is disputed. Ana finishes but misses c4's exact action;
 * Bo is part-way and misses the must-escalate c3; Cy is assigned and has not started; Dee
 * was not assigned but practised, and gets everything right.
 */
export const ESCALATING = new Set(['escalate', 'escalate-urgent']);

const item = (
  position: number,
  expectedAction: string,
  expectedPolicyIds: string[],
  disputed = false,
): GoldItem => ({
  caseId: `c${position + 1}`,
  position,
  subject: `Case ${position + 1}`,
  expectedAction,
  expectedPolicyIds,
  explanation: '',
  disputed,
});

export const SET: GoldSet = {
  id: 'set-1',
  title: 'Threats basics',
  description: '',
  passMark: { minKappa: 0.8, minMustEscalateAccuracy: 0.9 },
  createdBy: 'trainer-1',
  createdAt: '2026-11-01T00:00:00Z',
  // Out of position order on purpose: the report goes by position.
  items: [
    item(1, 'keep', []),
    item(0, 'remove', ['spam']),
    item(2, 'escalate', ['threats', 'violence']),
    item(3, 'escalate', ['self-harm']),
    item(4, 'remove', ['harassment'], true),
  ],
  assignments: ['ana', 'bo', 'cy'].map((id) => ({
    reviewerId: id,
    reviewerName: id === 'ana' ? 'Ana Trainee' : id === 'bo' ? 'Bo Trainee' : 'Cy Trainee',
    assignedBy: 'trainer-1',
    assignedAt: '2026-11-02T00:00:00Z',
  })),
};

let serial = 0;
export function attempt(
  reviewerId: string,
  caseId: string,
  action: string,
  policyIds: string[] = [],
  over: Partial<Attempt> = {},
): Attempt {
  serial += 1;
  const minute = String(serial % 60).padStart(2, '0');
  return {
    decisionId: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    setId: 'set-1',
    caseId,
    reviewerId,
    reviewerName: `${reviewerId[0]?.toUpperCase()}${reviewerId.slice(1)} Trainee`,
    kind: 'practice',
    action,
    policyIds,
    decidedAt: `2026-11-03T10:${minute}:00Z`,
    receivedAt: `2026-11-03T10:${minute}:01Z`,
    handleTimeMs: 30_000,
    first: true,
    ...over,
  };
}

export const ATTEMPTS: Attempt[] = [
  attempt('ana', 'c1', 'remove', ['spam']),
  attempt('ana', 'c2', 'keep'),
  attempt('ana', 'c3', 'escalate', ['violence', 'threats']),
  attempt('ana', 'c4', 'escalate-urgent', ['self-harm']),
  attempt('ana', 'c5', 'keep'),
  attempt('bo', 'c1', 'remove', ['spam', 'scam']),
  attempt('bo', 'c2', 'keep'),
  attempt('bo', 'c3', 'keep'),
  attempt('bo', 'c5', 'remove', ['harassment']),
  // After the reveal: never scored.
  attempt('bo', 'c4', 'escalate', ['self-harm'], { first: false }),
  attempt('bo', 'c3', 'escalate', ['threats'], { first: false }),
  attempt('dee', 'c1', 'remove', ['spam']),
  attempt('dee', 'c2', 'keep'),
  attempt('dee', 'c3', 'escalate', ['threats', 'violence']),
  attempt('dee', 'c4', 'escalate', ['self-harm']),
  attempt('dee', 'c5', 'remove', ['harassment']),
  // Gold cases met in live flow: calibration only.
  attempt('eve', 'c1', 'remove', [], { kind: 'calibration' }),
  attempt('eve', 'c2', 'remove', [], { kind: 'calibration' }),
  attempt('ana', 'c3', 'keep', [], { kind: 'calibration' }),
  // Not a case of this set.
  attempt('ana', 'elsewhere', 'remove'),
];
