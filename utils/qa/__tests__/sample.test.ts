import { describe, expect, it } from 'vitest';
import { samplingRulesInputSchema, type SamplingRulesInput } from '../schema';
import {
  drawPercent,
  expectedLoad,
  sampleReason,
  selectSamples,
  type SampleCandidate,
} from '../sample';

const DAY = 86_400_000;
const rules = (input: SamplingRulesInput = {}) => samplingRulesInputSchema.parse(input);
const candidate = (i: number, over: Partial<SampleCandidate> = {}): SampleCandidate => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  reviewerId: `rev-${i % 10}`,
  queue: i % 2 === 0 ? 'harassment' : 'scams',
  action: i % 3 === 0 ? 'no-action' : 'remove',
  decidedAtMs: Date.parse('2025-03-10T12:00:00Z'),
  maxScore: (i % 100) / 100,
  reviewerSinceMs: Date.parse('2024-01-01T00:00:00Z'),
  ...over,
});
const many = Array.from({ length: 10_000 }, (_, i) => candidate(i));

describe('QA sampling', () => {
  it('samples about the percentage set, the same decisions every run', () => {
    const picked = selectSamples(rules({ defaultPercent: 10 }), many);
    expect(picked.length).toBeGreaterThan(900);
    expect(picked.length).toBeLessThan(1100);
    expect(selectSamples(rules({ defaultPercent: 10 }), many)).toEqual(picked);
    expect(selectSamples(rules(), many)).toEqual([]);
    for (const d of many.slice(0, 50)) expect(drawPercent(d.id)).toBeLessThan(100);
  });

  it('takes the highest percentage that applies: reviewer, queue or action', () => {
    const byReviewer = selectSamples(rules({ perReviewer: { 'rev-3': 100 } }), many);
    expect(new Set(byReviewer.map((s) => s.id))).toEqual(
      new Set(many.filter((d) => d.reviewerId === 'rev-3').map((d) => d.id)),
    );
    const byQueue = selectSamples(rules({ perQueue: { scams: 100 }, defaultPercent: 0 }), many);
    expect(byQueue).toHaveLength(5000);
    const byAction = selectSamples(rules({ perAction: { 'no-action': 100 } }), many);
    expect(byAction).toHaveLength(many.filter((d) => d.action === 'no-action').length);
  });

  it('always samples a "no violation" on a case the model scored high', () => {
    const r = rules({ always: { noViolationAboveScore: 0.9 } });
    expect(sampleReason(r, candidate(3, { maxScore: 0.95 }))).toBe('no-violation-high-score');
    expect(sampleReason(r, candidate(3, { maxScore: 0.5 }))).toBeUndefined();
    expect(sampleReason(r, candidate(4, { maxScore: 0.95 }))).toBeUndefined(); // 'remove'
  });

  it("always samples a reviewer's first two weeks, and not after", () => {
    const r = rules({ always: { newReviewerDays: 14 } });
    const since = Date.parse('2025-03-01T00:00:00Z');
    const at = (days: number) =>
      candidate(1, { reviewerSinceMs: since, decidedAtMs: since + days * DAY });
    expect(sampleReason(r, at(13.9))).toBe('new-reviewer');
    expect(sampleReason(r, at(14))).toBeUndefined();
    expect(sampleReason(r, candidate(1, { reviewerSinceMs: undefined }))).toBeUndefined();
  });

  it('warns with the expected daily count when the rules sample more than QA can review', () => {
    const week = Array.from({ length: 700 }, (_, i) => candidate(i));
    expect(expectedLoad(rules({ defaultPercent: 100, qaCapacityPerDay: 100 }), week, 7)).toEqual({
      expectedDaily: 100,
    });
    const over = expectedLoad(rules({ defaultPercent: 100, qaCapacityPerDay: 40 }), week, 7);
    expect(over.expectedDaily).toBe(100);
    expect(over.warning).toContain('about 100 decisions a day');
    expect(over.warning).toContain('can review 40');
  });
});
