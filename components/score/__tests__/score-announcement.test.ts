import { expect, it } from 'vitest';
import type { Assessment } from '../../../utils/assessment/schema';
import { DEFAULT_GUIDANCE_PACK } from '../../../utils/guidance/default-pack';
import { scoreAnnouncement } from '../score-announcement';

const assessment = (change: Partial<Assessment> = {}) =>
  ({
    caseId: 'C-1001',
    categories: {
      harassment: { score: 0.82, itemIds: ['m1'] },
      violence: { score: 0.3, itemIds: ['m2'] },
      sexual: { score: 0.01, itemIds: [] },
    },
    signalHits: [],
    uncertain: false,
    suggestion: {
      actionId: 'remove',
      policyIds: ['harassment'],
      confidence: 0.8,
      rationale: '',
      citations: [],
      source: 'rules',
    },
    disagreement: false,
    injectionSuspected: [],
    injectionFields: [],
    ...change,
  }) as unknown as Assessment;

it('says the risk, the top categories and the suggestion as the panel shows them', () => {
  const expected =
    'Scores for C-1001: risk high. Highest: harassment 82%, violence 30%. ' +
    'Suggestion: Remove content, 80% confident (Harassment and bullying).';
  expect(scoreAnnouncement(assessment(), DEFAULT_GUIDANCE_PACK)).toBe(expected);
});

it('says when the suggestion needs a second look or is not to be trusted', () => {
  const actual = scoreAnnouncement(
    assessment({ disagreement: true, injectionSuspected: ['m1'] }),
    DEFAULT_GUIDANCE_PACK,
  );
  expect(actual).toContain('The rules and the policy model disagree: second look.');
  expect(actual).toContain('The suggestion is marked untrusted.');
});

it('says when nothing stands out and nothing is suggested', () => {
  const actual = scoreAnnouncement(
    assessment({ categories: {}, suggestion: null }),
    DEFAULT_GUIDANCE_PACK,
  );
  expect(actual).toBe('Scores for C-1001: risk not scored. No category stands out. No suggestion.');
});
