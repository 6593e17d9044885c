import { describe, expect, it } from 'vitest';
import { standInWithClient } from './harness';

const messages = [{ role: 'user' as const, content: 'I will hurt you' }];
const format = {
  type: 'json_schema' as const,
  json_schema: {
    name: 'verdict',
    strict: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['action'],
      properties: { action: { type: 'string' } },
    },
  },
};

describe('faults inside a 200 answer, seen through the openai SDK', () => {
  it('refusal: chat completions and responses carry the refusal, once', async () => {
    const { standIn, client } = await standInWithClient();
    standIn.setFaults({ mode: 'refusal', count: 2 });
    const chat = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages });
    expect(chat.choices[0]?.message).toMatchObject({ content: null, refusal: expect.any(String) });
    const response = await client.responses.create({ model: 'gpt-4.1-mini', input: 'hi' });
    const parts = response.output.flatMap((o) => (o.type === 'message' ? o.content : []));
    expect(parts.map((p) => p.type)).toEqual(['refusal']);
    const after = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages });
    expect(after.choices[0]?.message.refusal).toBeNull();
  });

  it('off-schema: valid JSON that is not the object the format asked for', async () => {
    const { standIn, client } = await standInWithClient();
    standIn.setFaults({ mode: 'off-schema', count: 1 });
    const chat = await client.chat.completions.create({
      model: 'gpt-4.1-mini',
      messages,
      response_format: format,
    });
    const content: unknown = JSON.parse(chat.choices[0]?.message.content ?? 'null');
    expect(content).not.toHaveProperty('action');
    expect(chat.usage?.total_tokens).toBeGreaterThan(0);
  });
});
