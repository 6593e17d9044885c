import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../utils/assessment/schema';
import type { Case } from '../../../utils/case/schema';
import { suggestionSnapshotSchema } from '../../../utils/decisions/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import {
  aboveFloor,
  categoryRows,
  excerpt,
  hitContext,
  overallLevel,
  riskyItems,
  suggestionSnapshot,
  thresholdOf,
} from '../score-view';
import { makeAssessment } from '../../../utils/assessment/__tests__/fixtures';

const text = 'Claim your reward now at claim-rewards.example before it expires tonight';
const caseData: Case = {
  id: 'C-1',
  console: 'demo',
  url: 'https://console.example.com/cases/C-1',
  items: [
    { id: 'm-1', author: 'ana', role: 'reporter', text: 'Hello there', media: [] },
    { id: 'm-2', author: 'bob', role: 'reported', text, media: [] },
  ],
};

function assessment(extra: Partial<Assessment> = {}): Assessment {
  return makeAssessment('C-1', {
    assessedAt: '2026-11-27T10:00:00Z',
    itemScores: { 'm-1': { harassment: 0.01 }, 'm-2': { illicit: 0.9, harassment: 0.2 } },
    categories: {
      illicit: { score: 0.9, itemIds: ['m-2'] },
      harassment: { score: 0.2, itemIds: ['m-2'] },
      hate: { score: 0.01, itemIds: ['m-1'] },
    },
    provenance: {
      moderation: {
        provider: 'stand-in',
        model: 'omni-moderation-latest',
        at: '2026-11-27T10:00:00Z',
        durationMs: 12,
        cached: false,
        requests: 1,
      },
    },
    suggestion: {
      actionId: 'remove',
      policyIds: ['spam-scams'],
      confidence: 0.8,
      rationale: 'Scam link',
      citations: [],
      source: 'rules',
    },
    ...extra,
  });
}

describe('score view', () => {
  it('lists all 13 categories, highest first, unscored last, floor filtering the noise', () => {
    const rows = categoryRows(assessment(), DEFAULT_GUIDANCE_PACK);
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 2).map((r) => r.category)).toEqual(['illicit', 'harassment']);
    expect(rows.at(-1)?.score).toBeUndefined();
    expect(rows.filter(aboveFloor).map((r) => r.category)).toEqual(['illicit', 'harassment']);
  });

  it('takes the lowest threshold any policy sets for a category', () => {
    const policies = DEFAULT_GUIDANCE_PACK.policies.filter((p) => p.thresholds.harassment);
    const lowest = Math.min(...policies.map((p) => p.thresholds.harassment ?? 1));
    expect(thresholdOf(DEFAULT_GUIDANCE_PACK, 'harassment')?.value).toBe(lowest);
    expect(thresholdOf(undefined, 'harassment')).toBeUndefined();
  });

  it('rates the case high once a category reaches its threshold, unknown with no scores', () => {
    const a = assessment();
    expect(overallLevel(categoryRows(a, DEFAULT_GUIDANCE_PACK), a)).toBe('high');
    const none = assessment({ categories: {} });
    expect(overallLevel(categoryRows(none, DEFAULT_GUIDANCE_PACK), none)).toBe('unknown');
  });

  it('lists the riskiest messages with a short plain excerpt, skipping near-zero ones', () => {
    const items = riskyItems(assessment(), caseData);
    expect(items.map((i) => i.itemId)).toEqual(['m-2']);
    expect(items[0]?.top).toEqual([
      { category: 'illicit', score: 0.9 },
      { category: 'harassment', score: 0.2 },
    ]);
    expect(excerpt('a\n\n b', 10)).toBe('a b');
    expect(excerpt('x'.repeat(20), 10)).toHaveLength(10);
  });

  it('ranks messages by their highest score, first in the thread first on a tie, at most three', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      author: id,
      role: 'other' as const,
      text: `message ${id}`,
      media: [],
    }));
    const ranked = riskyItems(
      makeAssessment('C-1', {
        itemScores: {
          a: { harassment: 0.3, sexual: 0.01 },
          b: { violence: 0.02 },
          c: { violence: 0.7, harassment: 0.2, illicit: 0.5, hate: 0.1 },
          d: { harassment: 0.7 },
          e: { hate: 0.4 },
        },
      }),
      { ...caseData, items },
    );
    expect(ranked.map((r) => r.itemId)).toEqual(['c', 'd', 'e']);
    // A message's other categories are listed only above the floor (no "sexual 0%").
    const withNoise = riskyItems(
      makeAssessment('C-1', { itemScores: { a: { harassment: 0.3, sexual: 0.01, hate: 0.049 } } }),
      { ...caseData, items },
    );
    expect(withNoise[0]?.top).toEqual([{ category: 'harassment', score: 0.3 }]);
    expect(ranked[0]?.top).toEqual([
      { category: 'violence', score: 0.7 },
      { category: 'illicit', score: 0.5 },
      { category: 'harassment', score: 0.2 },
    ]);
  });

  it('shows a signal hit in its context', () => {
    const start = text.indexOf('claim-rewards.example');
    const hit = {
      signalId: 'claim-rewards-domain',
      policyId: 'spam-scams',
      itemId: 'm-2',
      start,
      end: start + 'claim-rewards.example'.length,
      text: 'claim-rewards.example',
    };
    const ctx = hitContext(hit, caseData, 10);
    expect(ctx.match).toBe('claim-rewards.example');
    expect(ctx.before).toBe('…rd now at ');
    expect(ctx.after).toBe(' before it…');
  });

  it('builds a suggestion snapshot the decision schema accepts', () => {
    const snapshot = suggestionSnapshot(assessment());
    expect(snapshot).toEqual({
      action: 'remove',
      policyIds: ['spam-scams'],
      confidence: 0.8,
      source: 'rules',
      scores: { illicit: 0.9, harassment: 0.2 },
      model: 'omni-moderation-latest',
    });
    expect(suggestionSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(suggestionSnapshot(assessment({ suggestion: null }))).toBeUndefined();
  });
});
