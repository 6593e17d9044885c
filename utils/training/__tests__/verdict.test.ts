import { describe, expect, it } from 'vitest';
import { judge } from '../verdict';

const passMark = { minKappa: 0.8, minMustEscalateAccuracy: 0.9 };
const metrics = (over: Partial<Parameters<typeof judge>[0]> = {}) => ({
  done: 10,
  total: 10,
  scored: 10,
  kappa: 0.85,
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

  it('fails when every item is disputed, as kappa cannot be computed', () => {
    const verdict = judge(metrics({ scored: 0, kappa: null }), passMark);
    expect(verdict.status).toBe('failed');
    expect(verdict.reasons[0]).toMatch(/kappa cannot be computed/);
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
