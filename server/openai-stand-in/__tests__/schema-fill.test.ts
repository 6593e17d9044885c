import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fillSchema } from '../schema-fill';

describe('fillSchema', () => {
  it('fills every declared property with the simplest valid value', () => {
    const schema: z.core.JSONSchema.JSONSchema = {
      type: 'object',
      properties: {
        label: { type: 'string', minLength: 20 },
        score: { type: 'number', minimum: 0.7, maximum: 1 },
        count: { type: 'integer', minimum: 2 },
        ok: { type: 'boolean' },
        when: { type: 'string', format: 'date-time' },
        kind: { type: 'string', enum: ['a', 'b'] },
        fixed: { const: 'x' },
        tags: { type: 'array', items: { type: 'string' }, minItems: 2 },
        maybe: { anyOf: [{ type: 'null' }, { type: 'number' }] },
      },
      required: ['label'],
    };
    const value = fillSchema(schema);
    expect(value).toMatchObject({
      score: 0.7,
      count: 2,
      ok: false,
      kind: 'a',
      fixed: 'x',
      maybe: 0.5,
    });
    expect(z.fromJSONSchema(schema).safeParse(value).success).toBe(true);
  });

  it('follows $ref into $defs and stops on recursive definitions', () => {
    const Node: z.ZodType<{ name: string; children: unknown[] }> = z.lazy(() =>
      z.object({ name: z.string(), children: z.array(Node) }),
    );
    const schema = z.toJSONSchema(z.object({ root: Node }));
    const value = fillSchema(schema);
    expect(value).toMatchObject({
      root: { name: 'stand-in text', children: [{ name: 'stand-in text' }] },
    });
    expect(z.object({ root: Node }).safeParse(value).success).toBe(true);
  });

  it('lets a filler supply a property by name and falls back when it returns undefined', () => {
    const schema = {
      type: 'object',
      properties: { action: { type: 'string' }, other: { type: 'string' } },
    };
    const value = fillSchema(schema, { action: () => 'remove', other: () => undefined });
    expect(value).toEqual({ action: 'remove', other: 'stand-in text' });
  });
});
