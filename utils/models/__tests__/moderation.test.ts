import { beforeEach, describe, expect, it } from 'vitest';
import { toModelProblem } from '../errors';
import { resetCoolDowns } from '../backoff';
import type { ModelCall } from '../model-call';
import { runModeration } from '../moderation';
import { DEFAULT_MODERATION_LIMITS, planModeration } from '../moderation-plan';
import { mergeScores } from '../moderation-merge';
import type { RedactedItem } from '../../redaction/redact-case';
import { FAST_RETRY, image, item, seen, standIn, testClient } from './fixtures';

beforeEach(() => resetCoolDowns());

const redacted = (items: ReturnType<typeof item>[]): RedactedItem[] =>
  items.map(({ id, role, text, media }) => ({ id, role, text, media }));

async function callFor(): Promise<{ call: ModelCall; s: Awaited<ReturnType<typeof standIn>> }> {
  const s = await standIn();
  const model = 'omni-moderation-latest';
  const call: ModelCall = {
    client: testClient({ baseURL: s.url, apiKey: 'test-key' }),
    model,
    provider: 'stand-in',
    retryKey: s.url,
    classify: (e) => toModelProblem(e, { source: 'moderation', model, baseUrl: s.url }),
    retry: FAST_RETRY,
  };
  return { call, s };
}

describe('batching', () => {
  it('a 10-item text case is exactly one request whose input is a 10-string array', async () => {
    const items = Array.from({ length: 10 }, (_, i) =>
      item(`m-${i + 1}`, `message number ${i + 1}`),
    );
    const { call, s } = await callFor();
    const run = await runModeration(planModeration(redacted(items)), call);
    const requests = seen(s, '/v1/moderations');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toMatchObject({
      model: 'omni-moderation-latest',
      input: items.map((i) => i.text),
    });
    expect(run.inputs.map((i) => i.itemId)).toEqual(items.map((i) => i.id));
    expect(run.requests).toBe(1);
  });

  it('images go one per request, each a single image_url part; empty texts are skipped', async () => {
    const items = [
      item('m-1', 'hello', { media: [image('i-1', 'https://cdn.example.com/a.png')] }),
      item('m-2', '   ', { media: [image('i-2', 'data:image/png;base64,iVBORw0KGgo=')] }),
      item('m-3', 'bye'),
    ];
    const { call, s } = await callFor();
    const sent: string[] = [];
    await runModeration(planModeration(redacted(items)), call, (p) => sent.push(p.body));
    const bodies = seen(s, '/v1/moderations').map((r) => r.body as { input: unknown });
    expect(bodies).toHaveLength(3);
    expect(bodies.filter((b) => Array.isArray(b.input) && typeof b.input[0] === 'string')).toEqual([
      { model: 'omni-moderation-latest', input: ['hello', 'bye'] },
    ]);
    expect(bodies.map((b) => b.input)).toContainEqual([
      { type: 'image_url', image_url: { url: 'https://cdn.example.com/a.png' } },
    ]);
    expect(bodies.map((b) => b.input)).toContainEqual([
      { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
    ]);
    // "What was sent" shows inline images by size, not as base64.
    expect(sent.join('\n')).toContain('data:image/png;base64,… (');
  });

  it('an empty case makes no request at all', async () => {
    const plan = planModeration(redacted([item('m-1', ''), item('m-2', ' \n ')]));
    const { call, s } = await callFor();
    const run = await runModeration(plan, call);
    expect(seen(s, '/v1/moderations')).toHaveLength(0);
    expect(run.inputs).toEqual([]);
  });

  it('only http(s) and data: image URLs are sent; other media are named in the notes', () => {
    const plan = planModeration(
      redacted([
        item('m-1', '', {
          media: [
            image('i-1', 'javascript:alert(1)'),
            image('i-2', 'blob:https://console.example.com/123'),
            { id: 'v-1', kind: 'video', url: 'https://cdn.example.com/v.mp4' },
          ],
        }),
      ]),
    );
    expect(plan.images).toEqual([]);
    expect(plan.notes).toHaveLength(3);
  });

  it('a long message is split into parts and the item takes the highest score', async () => {
    const long = `${'calm words '.repeat(3000)}you are a worthless idiot`;
    const plan = planModeration(redacted([item('m-4', long)]), {
      ...DEFAULT_MODERATION_LIMITS,
      maxCharsPerInput: 10_000,
    });
    expect(plan.textBatches[0]?.input.map((t) => t.length)).toEqual([9_999, 9_999, 9_999, 3_028]);
    expect(plan.notes).toEqual(['message m-4 scored in 4 parts of at most 10 000 characters']);
    const { call } = await callFor();
    const run = await runModeration(plan, call);
    expect(run.inputs).toHaveLength(4);
    expect(mergeScores(run.inputs).itemScores['m-4']?.harassment).toBeGreaterThan(0.5);
  });

  it('a 1 MB message is truncated with a note', () => {
    const plan = planModeration(redacted([item('m-4', 'x'.repeat(1_000_000))]));
    expect(plan.textBatches[0]?.input).toHaveLength(4);
    expect(plan.notes).toEqual(['message m-4 truncated to 128 000 characters for scoring']);
  });
});
