import type { ModerationCreateResponse } from 'openai/resources/moderations';
import { describe, expect, it } from 'vitest';
import { MODERATION_CATEGORIES } from '../categories';
import { moderationResponseSchema, readModerationScores } from '../moderation-response';
import { standIn, testClient } from './fixtures';

/**
 * The stand-in is only worth testing against if it answers as the real API does: its answers,
 * received through the real SDK (typed by the SDK's own response type), must satisfy the
 * documented shape and our zod schema.
 */
describe("the stand-in's moderation answers satisfy the SDK types, the documented shape and our schema", () => {
  const inputs: [
    string,
    Parameters<ReturnType<typeof testClient>['moderations']['create']>[0]['input'],
    number,
  ][] = [
    ['one string', 'I will hurt you', 1],
    ['an array of strings', ['hello', 'you idiot', 'seed phrase please'], 3],
    [
      'one image',
      [{ type: 'image_url', image_url: { url: 'https://cdn.example.com/gore.jpg' } }],
      1,
    ],
  ];

  it.each(inputs)('%s', async (_name, input, count) => {
    const s = await standIn();
    const client = testClient({ baseURL: s.url, apiKey: 'test-key' });
    const response: ModerationCreateResponse = await client.moderations.create({
      model: 'omni-moderation-latest',
      input,
    });
    expect(moderationResponseSchema.safeParse(response).success).toBe(true);
    expect(response.results).toHaveLength(count);
    for (const result of response.results) {
      expect(typeof result.flagged).toBe('boolean');
      expect(Object.keys(result.category_scores).toSorted()).toEqual(
        [...MODERATION_CATEGORIES].toSorted(),
      );
      expect(Object.keys(result.categories).toSorted()).toEqual(
        [...MODERATION_CATEGORIES].toSorted(),
      );
      expect(Object.keys(result.category_applied_input_types).toSorted()).toEqual(
        [...MODERATION_CATEGORIES].toSorted(),
      );
      for (const score of Object.values(result.category_scores)) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
    const read = readModerationScores(response, count);
    expect(read.model).toBe('omni-moderation-latest');
    expect(read.scores.every((scores) => Object.keys(scores).length === 13)).toBe(true);
  });

  it('an answer with the wrong number of results is refused as off-schema', () => {
    const one = { id: 'modr-1', model: 'm', results: [{ flagged: false, category_scores: {} }] };
    expect(() => readModerationScores(one, 2)).toThrow(/1 results for 2 inputs/);
    expect(() => readModerationScores({ results: 'nope' }, 1)).toThrow(
      expect.objectContaining({ name: 'OffSchemaError' }),
    );
  });

  it('categories a compatible server adds or leaves out are ignored, never invented', () => {
    const raw = {
      id: 'x',
      model: 'llama-guard',
      results: [{ flagged: true, category_scores: { harassment: 0.9, 'made-up': 0.7 } }],
    };
    expect(readModerationScores(raw, 1).scores).toEqual([{ harassment: 0.9 }]);
  });
});
