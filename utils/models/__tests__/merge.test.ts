import { expect, it } from 'vitest';
import { combineSuggestions } from '../combine-suggestions';
import { mergeScores } from '../moderation-merge';
import { DEFAULT_GUIDANCE_PACK as pack } from '../../guidance/default-pack';
import type { Suggestion } from '../../assessment/schema';

it('items take the max of their text parts and images; categories the max over items', () => {
  const actual = mergeScores([
    { itemId: 'm-1', scores: { harassment: 0.2, violence: 0.05 } },
    { itemId: 'm-1', scores: { harassment: 0.7 } },
    { itemId: 'm-2', scores: { harassment: 0.4, violence: 0.01 } },
    { itemId: 'm-2', mediaId: 'i-1', scores: { violence: 0.9, 'violence/graphic': 0.8 } },
    { itemId: 'm-3', scores: { harassment: 0.3 } },
  ]);
  expect(actual.itemScores).toEqual({
    'm-1': { harassment: 0.7, violence: 0.05 },
    'm-2': { harassment: 0.4, violence: 0.9, 'violence/graphic': 0.8 },
    'm-3': { harassment: 0.3 },
  });
  expect(actual.mediaScores).toEqual({
    'i-1': { itemId: 'm-2', scores: { violence: 0.9, 'violence/graphic': 0.8 } },
  });
  // Drivers: the top item, and others within half of it and above noise, highest first.
  expect(actual.categories.harassment).toEqual({ score: 0.7, itemIds: ['m-1', 'm-2'] });
  expect(actual.categories.violence).toEqual({ score: 0.9, itemIds: ['m-2'] });
  expect(actual.categories.sexual).toBeUndefined();
});

it('noise never drives a category, but the top item always does', () => {
  const actual = mergeScores([
    { itemId: 'm-1', scores: { hate: 0.002 } },
    { itemId: 'm-2', scores: { hate: 0.003 } },
  ]);
  expect(actual.categories.hate).toEqual({ score: 0.003, itemIds: ['m-2'] });
});

const suggestion = (actionId: string, source: Suggestion['source']): Suggestion => ({
  actionId,
  policyIds: [actionId === 'escalate' ? 'threats' : 'harassment'],
  confidence: 0.7,
  rationale: `${source} says ${actionId}`,
  citations: [],
  source,
});

it('agreeing layers make one suggestion from both; disagreeing ones are not averaged', () => {
  const agreed = combineSuggestions(
    pack,
    suggestion('remove', 'rules'),
    suggestion('remove', 'policy-llm'),
  );
  expect(agreed.disagreement).toBe(false);
  expect(agreed.suggestion).toMatchObject({ actionId: 'remove', source: 'both' });

  const rules = suggestion('remove', 'rules');
  const llm = suggestion('escalate', 'policy-llm');
  const split = combineSuggestions(pack, rules, llm);
  expect(split).toEqual({ suggestion: llm, disagreement: true });
  expect(combineSuggestions(pack, rules, null)).toEqual({ suggestion: rules, disagreement: false });
});
