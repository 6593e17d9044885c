import { BadRequestError } from 'openai';
import type { Moderation } from 'openai/resources/moderations';
import { describe, expect, it } from 'vitest';
import { MODERATION_CATEGORIES } from '../cues';
import { rawRequest, standInWithClient } from './harness';

function expectComplete(result: Moderation): void {
  for (const map of [
    result.categories,
    result.category_scores,
    result.category_applied_input_types,
  ]) {
    expect(new Set(Object.keys(map))).toEqual(new Set(MODERATION_CATEGORIES));
  }
  for (const score of Object.values(result.category_scores)) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  }
  expect(result.flagged).toBe(Object.values(result.categories).some(Boolean));
}

describe('POST /v1/moderations via the openai SDK', () => {
  it('scores a single string with every category, text-only input types', async () => {
    const { client } = await standInWithClient();
    const res = await client.moderations.create({ input: 'Thanks for the quick reply!' });
    expect(res.id).toMatch(/^modr-/);
    expect(res.model).toBe('omni-moderation-latest');
    expect(res.results).toHaveLength(1);
    const [result] = res.results;
    expectComplete(result!);
    expect(result!.flagged).toBe(false);
    for (const types of Object.values(result!.category_applied_input_types))
      expect(types).toEqual(['text']);
    const scores = Object.values(result!.category_scores);
    // Baselines are tiny but not all equal, like a real model's.
    for (const s of scores) expect(s > 1e-5 && s < 1e-3).toBe(true);
    expect(new Set(scores).size).toBeGreaterThan(1);
  });

  it('returns one result per string, in order, and echoes the model', async () => {
    const { client } = await standInWithClient();
    const res = await client.moderations.create({
      model: 'omni-moderation-2024-09-26',
      input: [
        'Have a nice day',
        'I know where you live and I will hurt you',
        'you worthless idiot',
      ],
    });
    expect(res.model).toBe('omni-moderation-2024-09-26');
    expect(res.results).toHaveLength(3);
    res.results.forEach(expectComplete);
    const [benign, threat, insult] = res.results;
    expect(benign!.flagged).toBe(false);
    expect(threat!.categories['harassment/threatening']).toBe(true);
    expect(threat!.category_scores['harassment/threatening']).toBeGreaterThan(
      benign!.category_scores['harassment/threatening'],
    );
    expect(insult!.categories.harassment).toBe(true);
    expect(insult!.categories['harassment/threatening']).toBe(false);
  });

  it('gives ONE result for a multimodal array, with image input types where the API allows', async () => {
    const { client } = await standInWithClient();
    const res = await client.moderations.create({
      input: [
        { type: 'text', text: 'look at this' },
        { type: 'image_url', image_url: { url: 'https://cdn.example/media/violence-01.jpg' } },
      ],
    });
    expect(res.results).toHaveLength(1);
    const result = res.results[0]!;
    expectComplete(result);
    expect(result.categories['violence/graphic']).toBe(true);
    expect(result.category_applied_input_types['violence/graphic']).toEqual(['text', 'image']);
    expect(result.category_applied_input_types.sexual).toEqual(['text', 'image']);
    expect(result.category_applied_input_types.harassment).toEqual(['text']);
    expect(result.category_applied_input_types['sexual/minors']).toEqual(['text']);
  });

  it('reads cues inside a data: URL image and leaves text-only categories empty', async () => {
    const { client } = await standInWithClient();
    const svg = Buffer.from('<svg><title>gore</title></svg>').toString('base64');
    const res = await client.moderations.create({
      input: [{ type: 'image_url', image_url: { url: `data:image/svg+xml;base64,${svg}` } }],
    });
    const result = res.results[0]!;
    expect(result.categories.violence).toBe(true);
    expect(result.category_applied_input_types.violence).toEqual(['image']);
    expect(result.category_applied_input_types.hate).toEqual([]);
  });

  it('is deterministic and maps cue families to their categories', async () => {
    const { client } = await standInWithClient();
    const input = [
      'no reason to live, I want to end it all',
      'send BTC to claim guaranteed returns',
      'my wallet',
    ];
    const a = await client.moderations.create({ input });
    const b = await client.moderations.create({ input });
    expect(b.results).toEqual(a.results);
    const [selfHarm, scam, wallet] = a.results;
    expect(selfHarm!.categories['self-harm/intent']).toBe(true);
    expect(selfHarm!.categories.violence).toBe(false);
    expect(scam!.categories.illicit).toBe(true);
    expect(wallet!.categories.illicit).toBe(false); // one weak cue alone stays under 0.5
    expect(wallet!.category_scores.illicit).toBeGreaterThan(0.2);
  });

  it('keeps word boundaries: "skill" is not "kill", "kill myself" is self-harm not a threat', async () => {
    const { client } = await standInWithClient();
    const res = await client.moderations.create({
      input: ['great skill shown', 'I will kill myself'],
    });
    const [skill, selfHarm] = res.results;
    expect(skill!.flagged).toBe(false);
    expect(selfHarm!.categories['self-harm']).toBe(true);
    expect(selfHarm!.categories['harassment/threatening']).toBe(false);
    expect(selfHarm!.categories.violence).toBe(false);
  });

  it('rejects more than one image, like the real endpoint', async () => {
    const { client } = await standInWithClient();
    const image = { type: 'image_url' as const, image_url: { url: 'https://cdn.example/a.jpg' } };
    await expect(client.moderations.create({ input: [image, image] })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it('answers a missing input with a 400 in OpenAI error shape', async () => {
    const { standIn } = await standInWithClient();
    const res = await rawRequest(
      standIn,
      'POST',
      '/v1/moderations',
      JSON.stringify({ model: 'x' }),
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({
      error: {
        message: "Missing required parameter: 'input'.",
        type: 'invalid_request_error',
        param: 'input',
        code: 'missing_required_parameter',
      },
    });
  });
});
