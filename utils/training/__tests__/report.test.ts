import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../report';
import type { GoldItem } from '../schema';
import { buildTraineeReport } from '../trainee-report';
import { ATTEMPTS, ESCALATING, SET, attempt } from './cohort-fixture';

const report = buildCohortReport(SET, ATTEMPTS, ESCALATING);
const trainee = (id: string) => report.trainees.find((t) => t.reviewerId === id)!;

describe('cohort report', () => {
  it('lists assigned trainees in order, then others who practised; calibration alone is not enough', () => {
    expect(report.trainees.map((t) => [t.reviewerId, t.reviewerName])).toEqual([
      ['ana', 'Ana Trainee'],
      ['bo', 'Bo Trainee'],
      ['cy', 'Cy Trainee'],
      ['dee', 'Dee Trainee'],
    ]);
  });

  it('scores undisputed items and reports disputed ones apart', () => {
    const ana = trainee('ana');
    expect(ana).toMatchObject({
      done: 5,
      total: 5,
      scored: 4,
      correct: 3,
      accuracy: 0.75,
      // Policy sets compare order-free: ['violence', 'threats'] matches ['threats', 'violence'].
      policyAccuracy: 1,
      mustEscalate: { total: 2, done: 2, escalated: 2, accuracy: 1 },
      disputed: { done: 1, matched: 0 },
    });
    // Pairs (remove,remove) (keep,keep) (escalate,escalate) (escalate,escalate-urgent):
    // pₒ = 3/4; expected marginals 2,1,1 × given 1,1,1,1 over 16 → pₑ = 1/4; κ = 2/3.
    expect(ana.kappa).toBeCloseTo(2 / 3, 10);
    expect(ana.verdict).toEqual({
      status: 'failed',
      reasons: ['kappa 0.67 is below 0.80'],
    });
  });

  it('builds confusion matrices on the set’s axes, primary policy by first listed', () => {
    const ana = trainee('ana');
    expect(ana.actionConfusion).toEqual({
      labels: ['escalate', 'escalate-urgent', 'keep', 'remove'],
      counts: [
        [1, 1, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 1],
      ],
    });
    // The disputed item's policy (harassment) is no axis: disputed items are not scored.
    expect(ana.policyConfusion).toEqual({
      labels: ['(none)', 'self-harm', 'spam', 'threats', 'violence'],
      counts: [
        [1, 0, 0, 0, 0],
        [0, 1, 0, 0, 0],
        [0, 0, 1, 0, 0],
        [0, 0, 0, 0, 1],
        [0, 0, 0, 0, 0],
      ],
    });
  });

  it('keeps a part-way trainee in progress and ignores attempts after the reveal', () => {
    const bo = trainee('bo');
    expect(bo).toMatchObject({
      done: 4,
      scored: 3,
      correct: 2,
      policyAccuracy: 1 / 3,
      mustEscalate: { total: 2, done: 1, escalated: 0, accuracy: 0 },
      disputed: { done: 1, matched: 1 },
    });
    expect(bo.verdict.status).toBe('in-progress');
    expect(bo.verdict.reasons[0]).toBe('4 of 5 items done');
    expect(bo.verdict.reasons).toContain('so far must-escalate 0% (0 of 1) is below 90%');
  });

  it('shows an assigned trainee who has not started, with nothing computed', () => {
    expect(trainee('cy')).toMatchObject({
      done: 0,
      scored: 0,
      accuracy: null,
      policyAccuracy: null,
      kappa: null,
      mustEscalate: { total: 2, done: 0, escalated: 0, accuracy: null },
      verdict: { status: 'in-progress', reasons: ['0 of 5 items done'] },
    });
    expect(trainee('cy').actionConfusion.labels).toEqual(['escalate', 'keep', 'remove']);
  });

  it('passes a trainee who matches gold on everything', () => {
    const dee = trainee('dee');
    expect(dee).toMatchObject({ accuracy: 1, kappa: 1, disputed: { done: 1, matched: 1 } });
    expect(dee.verdict.status).toBe('passed');
  });

  it('ranks the most missed items, disputed ones flagged, ties by share then position', () => {
    expect(report.mostMissed).toEqual([
      {
        caseId: 'c4',
        subject: 'Case 4',
        expectedAction: 'escalate',
        attempted: 2,
        missed: 1,
        commonWrongAction: 'escalate-urgent',
        disputed: false,
      },
      {
        caseId: 'c3',
        subject: 'Case 3',
        expectedAction: 'escalate',
        attempted: 3,
        missed: 1,
        commonWrongAction: 'keep',
        disputed: false,
      },
      {
        caseId: 'c5',
        subject: 'Case 5',
        expectedAction: 'remove',
        attempted: 3,
        missed: 1,
        commonWrongAction: 'keep',
        disputed: true,
      },
    ]);
  });

  it('measures cohort agreement with Krippendorff’s alpha over items × trainees', () => {
    // Units c1..c5 × (ana, bo, cy, dee); cy gave nothing. n = 14 pairable values:
    // remove 5, keep 5, escalate 3, escalate-urgent 1 → Σn_c·n_k (c≠k) = 196 − 60 = 136.
    // Disagreeing pairs: c3 2, c4 2, c5 2 → α = 1 − 13 · 6 / 136.
    expect(report.alpha).toBeCloseTo(1 - 78 / 136, 10);
  });

  it('counts calibration attempts apart from trainees', () => {
    expect(report.calibration).toEqual({ attempts: 3, matched: 1 });
    expect(report.setId).toBe('set-1');
  });

  it('keeps the earlier of two first attempts on one case', () => {
    const late = attempt('dee', 'c2', 'remove', [], { decidedAt: '2026-11-04T00:00:00Z' });
    const early = attempt('dee', 'c2', 'keep', [], { decidedAt: '2026-11-03T00:00:00Z' });
    const again = buildCohortReport(SET, [late, early], ESCALATING);
    expect(again.trainees.find((t) => t.reviewerId === 'dee')?.correct).toBe(1);
  });

  it('gives a 10-item cap on the most-missed list', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      ...SET.items[0]!,
      caseId: `m${i}`,
      position: i,
    }));
    const set = { ...SET, items };
    const misses = items.map((item) => attempt('ana', item.caseId, 'remove'));
    expect(buildCohortReport(set, misses, ESCALATING).mostMissed).toHaveLength(10);
  });
});

describe('a gold set with a single expected action', () => {
  const items: GoldItem[] = Array.from({ length: 20 }, (_, i) => ({
    caseId: `r${i}`,
    position: i,
    expectedAction: 'remove',
    expectedPolicyIds: [],
    explanation: '',
    disputed: false,
  }));
  // 19 of 20 right: kappa's chance agreement equals the observed agreement, so κ = 0.
  const attempts = new Map(
    items.map((item, i) => [item.caseId, attempt('ana', item.caseId, i === 0 ? 'keep' : 'remove')]),
  );

  it('is judged on accuracy, not on its degenerate kappa of 0', () => {
    const ana = buildTraineeReport(
      { reviewerId: 'ana', reviewerName: 'Ana' },
      items,
      attempts,
      ESCALATING,
      SET.passMark,
    );
    expect(ana.kappa).toBe(0);
    expect(ana.judgedOn).toEqual({ by: 'accuracy', action: 'remove' });
    expect(ana.verdict.status).toBe('passed');
    expect(ana.verdict.reasons).toContain('accuracy 95% (19 of 20) meets 90%');
  });
});
