import { describe, expect, it } from 'vitest';
import type { TraineeReport } from '../report-types';
import { judge } from '../verdict';

const passMark = { minKappa: 0.8, minMustEscalateAccuracy: 0.9 };
const metrics = (over: Partial<Parameters<typeof judge>[0]> = {}) => ({
  done: 10,
  total: 10,
  scored: 10,
  correct: 10,
  accuracy: 1,
  kappa: 0.85,
  judgedOn: { by: 'kappa' } as TraineeReport['judgedOn'],
  mustEscalate: { total: 4, done: 4, escalated: 4, accuracy: 1 },
  ...over,
});

describe('pass mark', () => {
  it('passes when kappa and must-escalate both meet the mark, saying so', () => {
    expect(judge(metrics(), passMark)).toEqual({
      status: 'passed',
      reasons: ['kappa 0.85 meets 0.80', 'must-escalate 100% (4 of 4) meets 90%'],
    });
  });

  it('passes exactly at the mark, float noise included', () => {
    const verdict = judge(
      metrics({
        kappa: 0.7999999999999999,
        mustEscalate: { total: 10, done: 10, escalated: 9, accuracy: 0.9 },
      }),
      passMark,
    );
    expect(verdict.status).toBe('passed');
  });

  it('fails on low kappa, naming the numbers', () => {
    expect(judge(metrics({ kappa: 0.62 }), passMark)).toEqual({
      status: 'failed',
      reasons: ['kappa 0.62 is below 0.80'],
    });
  });

  it('fails on must-escalate even with a high kappa', () => {
    const verdict = judge(
      metrics({ mustEscalate: { total: 5, done: 5, escalated: 4, accuracy: 0.8 } }),
      passMark,
    );
    expect(verdict).toEqual({
      status: 'failed',
      reasons: ['must-escalate 80% (4 of 5) is below 90%'],
    });
  });

  it('gives both reasons when both fall short', () => {
    const verdict = judge(
      metrics({ kappa: -0.2, mustEscalate: { total: 2, done: 2, escalated: 0, accuracy: 0 } }),
      passMark,
    );
    expect(verdict.reasons).toEqual([
      'kappa -0.20 is below 0.80',
      'must-escalate 0% (0 of 2) is below 90%',
    ]);
  });

  it('shows more decimals when rounding would print the mark itself', () => {
    expect(judge(metrics({ kappa: 0.7951 }), passMark).reasons).toEqual([
      'kappa 0.795 is below 0.800',
    ]);
  });

  it('ignores must-escalate on a set without must-escalate items', () => {
    const verdict = judge(
      metrics({ mustEscalate: { total: 0, done: 0, escalated: 0, accuracy: null } }),
      passMark,
    );
    expect(verdict).toEqual({ status: 'passed', reasons: ['kappa 0.85 meets 0.80'] });
  });

  it('fails when every item is disputed, saying there is no agreed answer', () => {
    const verdict = judge(
      metrics({ scored: 0, correct: 0, accuracy: null, kappa: null, judgedOn: { by: 'nothing' } }),
      passMark,
    );
    expect(verdict.status).toBe('failed');
    expect(verdict.reasons[0]).toMatch(/every case in this set is marked "experts disagree"/);
  });

  it('stays in progress until every item is done, flagging shortfalls so far', () => {
    expect(judge(metrics({ done: 0, scored: 0, kappa: null }), passMark)).toEqual({
      status: 'in-progress',
      reasons: ['0 of 10 items done'],
    });
    expect(judge(metrics({ done: 6, scored: 6, kappa: 0.5 }), passMark)).toEqual({
      status: 'in-progress',
      reasons: ['6 of 10 items done', 'so far kappa 0.50 is below 0.80'],
    });
    expect(judge(metrics({ done: 9, scored: 9 }), passMark).status).toBe('in-progress');
  });
});

/** The figures a reason prints, e.g. "kappa 0.7999 is below 0.8000" → [0.7999, 0.8]. */
function printedFigures(reason: string) {
  const match = /(-?[\d.]+)%? (?:\(\d+ of \d+\) )?(meets|is below) (-?[\d.]+)%?$/.exec(reason);
  if (!match) throw new Error(`no figures in "${reason}"`);
  return { value: Number(match[1]), says: match[2], mark: Number(match[3]) };
}

/** Values within ±0.0005 of a mark in steps far finer than any figure prints, and float noise. */
const around = (mark: number) =>
  Array.from({ length: 401 }, (_, i) => mark + (i - 200) * 0.0000025).concat(
    mark - 1e-12,
    mark + 1e-12,
  );

describe('a verdict never contradicts the figures it prints', () => {
  it('judges kappa 0.79995 on the figure it shows, never "0.8000 is below 0.8000"', () => {
    const [reason] = judge(metrics({ kappa: 0.79995 }), passMark).reasons;
    const { value, says, mark } = printedFigures(reason!);
    expect(says).toBe(value >= mark ? 'meets' : 'is below');
  });

  it('holds for every kappa and share around the mark', () => {
    const cases = [
      ...around(0.8).map((kappa) => metrics({ kappa })),
      ...around(0.9).map((accuracy) =>
        metrics({ mustEscalate: { total: 9, done: 9, escalated: 8, accuracy } }),
      ),
    ];
    for (const m of cases) {
      const verdict = judge(m, passMark);
      for (const reason of verdict.reasons) {
        const { value, says, mark } = printedFigures(reason);
        expect(says, reason).toBe(value >= mark ? 'meets' : 'is below');
      }
      const anyBelow = verdict.reasons.some((r) => r.includes(' is below '));
      expect(verdict.status).toBe(anyBelow ? 'failed' : 'passed');
    }
  });
});

describe('a set whose agreed answers are all one action', () => {
  const oneAction = { by: 'accuracy', action: 'remove' } as const;

  it('is judged on accuracy, and says why on screen', () => {
    const verdict = judge(
      metrics({
        total: 20,
        done: 20,
        scored: 20,
        correct: 19,
        accuracy: 0.95,
        kappa: 0,
        judgedOn: oneAction,
      }),
      passMark,
    );
    expect(verdict).toEqual({
      status: 'passed',
      reasons: [
        'every agreed answer in this set is "remove", so kappa cannot tell skill from chance (one miss makes it 0): judged on accuracy instead',
        'accuracy 95% (19 of 20) meets 90%',
        'must-escalate 100% (4 of 4) meets 90%',
      ],
    });
  });

  it('fails below the accuracy mark, which the set can raise', () => {
    const verdict = judge(
      metrics({ scored: 10, correct: 9, accuracy: 0.9, kappa: 0, judgedOn: oneAction }),
      { ...passMark, minAccuracy: 0.95 },
    );
    expect(verdict.status).toBe('failed');
    expect(verdict.reasons).toContain('accuracy 90% (9 of 10) is below 95%');
  });
});
